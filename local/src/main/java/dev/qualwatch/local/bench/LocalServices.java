package dev.qualwatch.local.bench;

import dev.qualwatch.local.MotoServer;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.simulator.MTurkSimulator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The moto_server table and topic the children use, created from {@code template.yaml}, and the
 * MTurk simulator they list.
 */
final class LocalServices {
  private final MotoServer moto;
  private final MTurkSimulator simulator;
  private final DynamoDbClient dynamoDb;
  private final SnsClient sns;
  private final TemplateResources template = TemplateResources.read();
  private String topicArn;

  LocalServices(MotoServer moto, MTurkSimulator simulator, DynamoDbClient dynamoDb,
      SnsClient sns) {
    this.moto = moto;
    this.simulator = simulator;
    this.dynamoDb = dynamoDb;
    this.sns = sns;
    this.topicArn = create();
  }

  /** Drops everything on moto_server and creates the table and topic afresh. */
  LambdaEnvironment emptied() {
    moto.reset();
    topicArn = create();
    return asIs();
  }

  LambdaEnvironment asIs() {
    return new LambdaEnvironment(moto.endpoint(), simulator.endpoint(), topicArn);
  }

  @Override
  public String toString() {
    return "moto_server " + moto.endpoint() + ", MTurk simulator " + simulator.endpoint()
        + " (demo data)";
  }

  private String create() {
    template.createTable(dynamoDb, LambdaEnvironment.TABLE_NAME);
    return template.createTopic(sns, LambdaEnvironment.TOPIC_NAME);
  }
}
