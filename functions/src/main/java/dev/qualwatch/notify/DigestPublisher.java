package dev.qualwatch.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.qualwatch.CallCounter;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Publishes digest messages on the SNS topic. */
public final class DigestPublisher {
  /** Message attribute with the message's qualification type ids (String.Array), to filter on. */
  public static final String TYPES_ATTRIBUTE = "qualificationTypeIds";
  /** Message attribute with the number of requests in the message (Number). */
  public static final String COUNT_ATTRIBUTE = "count";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SnsClient client;
  private final String topicArn;
  private final CallCounter calls;

  private DigestPublisher(SnsClient client, String topicArn, CallCounter calls) {
    this.client = Objects.requireNonNull(client, "client");
    this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  public static DigestPublisher create(SnsClient client, String topicArn, CallCounter calls) {
    return new DigestPublisher(client, topicArn, calls);
  }

  /**
   * Publishes one message.
   *
   * @throws NotificationException when SNS fails it after the SDK's retries
   */
  public void publish(DigestMessage message) {
    PublishRequest request = PublishRequest.builder()
        .topicArn(topicArn)
        .subject(message.subject())
        .messageStructure("json")
        .message(message.message())
        .messageAttributes(Map.of(
            TYPES_ATTRIBUTE, MessageAttributeValue.builder()
                .dataType("String.Array")
                .stringValue(typesArray(message))
                .build(),
            COUNT_ATTRIBUTE, MessageAttributeValue.builder()
                .dataType("Number")
                .stringValue(Integer.toString(message.count()))
                .build()))
        .build();

    calls.count("sns", "Publish");
    try {
      client.publish(request);
    } catch (SdkException e) {
      throw new NotificationException("Publishing " + message.count()
          + " qualification requests on " + topicArn + " failed: " + e.getMessage(), e);
    }
  }

  private static String typesArray(DigestMessage message) {
    ArrayNode array = JSON.createArrayNode();
    message.qualificationTypeIds().forEach(array::add);
    return array.toString();
  }
}
