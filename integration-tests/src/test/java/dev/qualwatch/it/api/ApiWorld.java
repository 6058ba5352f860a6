package dev.qualwatch.it.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qualwatch.api.ApiHandler;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.LocalContext;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.mturk.MTurkEnvironment;
import dev.qualwatch.poll.PollConfig;
import dev.qualwatch.poll.Poller;
import dev.qualwatch.simulator.MTurkSimulator;
import dev.qualwatch.simulator.SimulatedRequest;
import dev.qualwatch.store.DynamoDbRequestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.mturk.MTurkClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A table on moto_server created from template.yaml, filled by the real poller from the MTurk
 * simulator, and the API handler reading it, all over HTTP.
 */
final class ApiWorld implements AutoCloseable {
  static final String REQUEST_ID = "5f0c7d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f";

  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant FIRST_POLL = Instant.parse("2026-12-03T12:00:00Z");

  final MTurkSimulator mturk = MTurkSimulator.start(0);
  final DynamoDbClient dynamoDb;
  final SnsClient sns;
  final MTurkClient mturkClient;
  final String tableName;
  final String topicArn;
  final ApiHandler handler;

  ApiWorld(MotoServer moto) {
    this.dynamoDb = LocalClients.dynamoDb(moto.endpoint());
    this.sns = LocalClients.sns(moto.endpoint());
    this.mturkClient = LocalClients.mturk(mturk.endpoint());
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TemplateResources template = TemplateResources.read();
    this.tableName = template.createTable(dynamoDb, "api-" + suffix);
    this.topicArn = template.createTopic(sns, "api-" + suffix);
    this.handler = ApiHandler.create(DynamoDbRequestReader.create(dynamoDb, tableName));
  }

  void submit(SimulatedRequest request) {
    mturk.addRequest(request);
  }

  /** One run of the real poller over every type, at {@code now}. */
  void poll(Instant now, List<String> typeIds) {
    PollConfig config = new PollConfig(tableName, topicArn, typeIds, MTurkEnvironment.SANDBOX);
    Poller.create(config, mturkClient, dynamoDb, sns, Clock.fixed(now, ZoneOffset.UTC))
        .poll(() -> 600_000);
  }

  APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
    return handler.handleRequest(event,
        LocalContext.start("qualwatch-api", REQUEST_ID, Duration.ofSeconds(10), System.out));
  }

  static APIGatewayV2HTTPEvent event(String file) {
    return EventLoader.loadApiGatewayHttpEvent("events/" + file);
  }

  static JsonNode json(APIGatewayV2HTTPResponse response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    mturk.close();
    mturkClient.close();
    dynamoDb.close();
    sns.close();
  }
}
