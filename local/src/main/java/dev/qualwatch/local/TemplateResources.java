package dev.qualwatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;

/**
 * Creates the table and the topic that {@code template.yaml} declares ({@code RequestsTable},
 * {@code NotificationTopic}) on moto_server or any other endpoint, from the template's own
 * properties, so that the schema is written once. Properties that a local endpoint cannot honour
 * (encryption keys, point-in-time recovery, deletion protection, ...) are skipped and listed by
 * {@link #skipped()}.
 */
public final class TemplateResources {
  static final String TABLE_ID = "RequestsTable";
  static final String TOPIC_ID = "NotificationTopic";
  private static final String FILE_NAME = "template.yaml";

  private final Path template;
  private final Map<String, Object> tableProperties;
  private final Map<String, Object> topicProperties;
  private final List<String> skipped = new ArrayList<>();

  private TemplateResources(
      Path template, Map<String, Object> tableProperties, Map<String, Object> topicProperties) {
    this.template = template;
    this.tableProperties = tableProperties;
    this.topicProperties = topicProperties;
  }

  /** Reads {@code template} and the properties of its table and topic. */
  public static TemplateResources read(Path template) {
    Map<String, Object> document = CloudFormationYaml.load(template);
    Intrinsics intrinsics = Intrinsics.of(document);
    Map<String, Object> table = properties(template, document, TABLE_ID);
    Map<String, Object> topic = properties(template, document, TOPIC_ID);
    return new TemplateResources(template,
        intrinsics.resolveProperties(table), intrinsics.resolveProperties(topic));
  }

  /** Reads the {@code template.yaml} found by {@link #find(Path)} from the working directory. */
  public static TemplateResources read() {
    return read(find(Path.of("").toAbsolutePath()));
  }

  /**
   * The {@code template.yaml} in {@code start} or the nearest folder above it.
   *
   * @throws IllegalStateException when no folder up to the root holds one
   */
  public static Path find(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no " + FILE_NAME + " in " + start.toAbsolutePath()
        + " or any folder above it; run from inside the qualwatch repository");
  }

  /** The template that was read. */
  public Path template() {
    return template;
  }

  /**
   * Creates the table under {@code tableName} and waits until it is ACTIVE.
   *
   * @return the table's name, to pass on as {@code TABLE_NAME}
   */
  public String createTable(DynamoDbClient dynamoDb, String tableName) {
    TableDefinition definition = new TableDefinition(where(TABLE_ID), tableProperties);
    CreateTableRequest request = definition.createTableRequest(tableName);
    skipped.addAll(definition.skipped());

    dynamoDb.createTable(request);
    TableStatus status = dynamoDb.waiter()
        .waitUntilTableExists(builder -> builder.tableName(tableName))
        .matched().response().orElseThrow().table().tableStatus();
    definition.timeToLive(tableName).ifPresent(dynamoDb::updateTimeToLive);

    if (status != TableStatus.ACTIVE) {
      throw new IllegalStateException("table " + tableName + " is " + status + ", not ACTIVE");
    }
    return tableName;
  }

  /**
   * Creates the topic under {@code topicName}.
   *
   * @return the topic's ARN, to pass on as {@code TOPIC_ARN}
   */
  public String createTopic(SnsClient sns, String topicName) {
    TopicDefinition definition = new TopicDefinition(where(TOPIC_ID), topicProperties);
    CreateTopicRequest request = definition.createTopicRequest(topicName);
    skipped.addAll(definition.skipped());

    return sns.createTopic(request).topicArn();
  }

  /**
   * Properties of the template that the created table and topic do not have, each as its path,
   * such as {@code "template.yaml RequestsTable.SSESpecification"}; empty before any create.
   */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  private String where(String logicalId) {
    return template.getFileName() + " " + logicalId;
  }

  private static Map<String, Object> properties(
      Path template, Map<String, Object> document, String logicalId) {
    Object resources = document.get("Resources");
    Object resource = resources instanceof Map<?, ?> map ? map.get(logicalId) : null;
    if (!(resource instanceof Map<?, ?> declaration)) {
      throw new IllegalArgumentException(template + " declares no resource " + logicalId
          + "; the local run needs it under Resources");
    }
    Object properties = declaration.get("Properties");
    if (properties == null) {
      return Map.of();
    }
    if (!(properties instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(template + " " + logicalId
          + ".Properties is not a mapping");
    }
    return CloudFormationYaml.cast(map);
  }
}
