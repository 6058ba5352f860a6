package dev.qualwatch.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * An SQS queue subscribed to the digest topic with raw delivery off, so that each message it
 * receives is SNS's envelope around the {@code sqs} part of the poller's JSON message.
 */
final class DigestQueue {
  private final SqsClient sqs;
  private final String queueUrl;
  private final String name;

  private DigestQueue(SqsClient sqs, String queueUrl, String name) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.name = name;
  }

  static DigestQueue subscribe(SqsClient sqs, SnsClient sns, String topicArn, String name) {
    String queueUrl = sqs.createQueue(b -> b.queueName(name)).queueUrl();
    String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
        .attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);

    sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
        .attributes(Map.of("RawMessageDelivery", "false")));
    return new DigestQueue(sqs, queueUrl, name);
  }

  String name() {
    return name;
  }

  /** Every message waiting now, deleted once read. SNS delivers to moto's SQS synchronously. */
  List<Message> drain() {
    List<Message> messages = new ArrayList<>();
    while (true) {
      ReceiveMessageResponse batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
          .maxNumberOfMessages(10).waitTimeSeconds(1));
      if (!batch.hasMessages() || batch.messages().isEmpty()) {
        return messages;
      }
      for (Message message : batch.messages()) {
        messages.add(message);
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
  }
}
