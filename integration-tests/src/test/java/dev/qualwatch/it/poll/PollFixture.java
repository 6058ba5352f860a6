package dev.qualwatch.it.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.mturk.MTurkClients;
import dev.qualwatch.mturk.MTurkEnvironment;
import dev.qualwatch.poll.PollConfig;
import dev.qualwatch.poll.Poller;
import dev.qualwatch.simulator.MTurkSimulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One test's world: a fresh table and topic on moto_server or LocalStack, created from
 * template.yaml, an SQS queue subscribed to the topic to see what was published, and an MTurk
 * simulator. The real SDK clients talk to both over HTTP.
 */
final class PollFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final MTurkSimulator mturk;
  final DynamoDbClient dynamoDb;
  final SnsClient sns;
  final SqsClient sqs;
  final String tableName;
  final String topicArn;
  final String queueUrl;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));

  /** {@code aws}: where DynamoDB, SNS and SQS answer (moto_server or LocalStack). */
  PollFixture(URI aws) {
    this.mturk = MTurkSimulator.start(0);
    this.dynamoDb = LocalClients.dynamoDb(aws);
    this.sns = LocalClients.sns(aws);
    this.sqs = LocalClients.sqs(aws);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TemplateResources template = TemplateResources.read();
    this.tableName = template.createTable(dynamoDb, "requests-" + suffix);
    this.topicArn = template.createTopic(sns, "digest-" + suffix);
    this.queueUrl = sqs.createQueue(b -> b.queueName("digest-" + suffix)).queueUrl();
    String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
        .get(QueueAttributeName.QUEUE_ARN);
    sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
  }

  PollConfig config(String... typeIds) {
    return new PollConfig(tableName, topicArn, List.of(typeIds), MTurkEnvironment.SANDBOX);
  }

  Poller poller(PollConfig config, ExecutionInterceptor... mturkInterceptors) {
    return Poller.create(config, mturkClient(mturk.endpoint(), mturkInterceptors), dynamoDb, sns,
        clock);
  }

  /** An MTurk client with the poller's own retry strategy, with short waits for tests. */
  static MTurkClient mturkClient(URI endpoint, ExecutionInterceptor... interceptors) {
    return MTurkClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LocalClients.ACCESS_KEY_ID,
                LocalClients.SECRET_ACCESS_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o
            .retryStrategy(MTurkClients.retryStrategy(Duration.ofMillis(5)))
            .executionInterceptors(List.of(interceptors)))
        .build();
  }

  /** Every digest the queue received since the last call, as the JSON the sqs key carries. */
  List<JsonNode> receivedDigests() throws Exception {
    List<JsonNode> digests = new ArrayList<>();
    while (true) {
      List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
          .maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
      if (messages.isEmpty()) {
        return digests;
      }
      for (Message message : messages) {
        JsonNode envelope = JSON.readTree(message.body());
        digests.add(JSON.readTree(envelope.get("Message").asText()));
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
  }

  /** The ids in the digests, in order, repeats kept so that a test can find duplicates. */
  static List<String> notifiedIds(List<JsonNode> digests) {
    List<String> ids = new ArrayList<>();
    digests.forEach(digest -> digest.get("qualificationRequests")
        .forEach(r -> ids.add(r.get("qualificationRequestId").asText())));
    return ids;
  }

  Map<String, AttributeValue> storedItem(String id) {
    return dynamoDb.getItem(GetItemRequest.builder().tableName(tableName)
        .key(Map.of("qualificationRequestId", AttributeValue.fromS(id)))
        .consistentRead(true).build()).item();
  }

  int storedCount() {
    return dynamoDb.scan(b -> b.tableName(tableName).select("COUNT")).count();
  }

  @Override
  public void close() {
    mturk.close();
    dynamoDb.close();
    sns.close();
    sqs.close();
  }

  /** A clock tests move forward, so that notification leases can run out. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
