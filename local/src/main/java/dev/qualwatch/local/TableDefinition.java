package dev.qualwatch.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/** An {@code AWS::DynamoDB::Table}'s properties turned into the requests that create it. */
final class TableDefinition {
  private static final Set<String> TABLE_PROPERTIES = Set.of("AttributeDefinitions", "KeySchema",
      "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "BillingMode", "ProvisionedThroughput",
      "StreamSpecification", "TimeToLiveSpecification");
  private static final Set<String> INDEX_PROPERTIES =
      Set.of("IndexName", "KeySchema", "Projection", "ProvisionedThroughput");

  private final PropertyMap properties;
  private final List<String> skipped = new ArrayList<>();

  TableDefinition(String where, Map<String, Object> properties) {
    this.properties = new PropertyMap(where, properties);
  }

  CreateTableRequest createTableRequest(String tableName) {
    skip(properties, TABLE_PROPERTIES);
    CreateTableRequest.Builder request = CreateTableRequest.builder()
        .tableName(tableName)
        .attributeDefinitions(properties.maps("AttributeDefinitions").stream()
            .map(TableDefinition::attributeDefinition).toList())
        .keySchema(keySchema(properties))
        .billingMode(properties.optionalString("BillingMode").orElse("PROVISIONED"));
    throughput(properties).ifPresent(request::provisionedThroughput);
    stream(properties).ifPresent(request::streamSpecification);
    return indexes(request).build();
  }

  private CreateTableRequest.Builder indexes(CreateTableRequest.Builder request) {
    List<PropertyMap> globals = properties.maps("GlobalSecondaryIndexes");
    if (!globals.isEmpty()) {
      request.globalSecondaryIndexes(globals.stream().map(this::globalIndex).toList());
    }
    List<PropertyMap> locals = properties.maps("LocalSecondaryIndexes");
    if (!locals.isEmpty()) {
      request.localSecondaryIndexes(locals.stream().map(this::localIndex).toList());
    }
    return request;
  }

  Optional<UpdateTimeToLiveRequest> timeToLive(String tableName) {
    return properties.map("TimeToLiveSpecification")
        .filter(spec -> Boolean.parseBoolean(spec.optionalString("Enabled").orElse("false")))
        .map(spec -> UpdateTimeToLiveRequest.builder()
            .tableName(tableName)
            .timeToLiveSpecification(ttl -> ttl.enabled(true)
                .attributeName(spec.string("AttributeName")))
            .build());
  }

  List<String> skipped() {
    return List.copyOf(skipped);
  }

  private GlobalSecondaryIndex globalIndex(PropertyMap index) {
    skip(index, INDEX_PROPERTIES);
    GlobalSecondaryIndex.Builder builder = GlobalSecondaryIndex.builder()
        .indexName(index.string("IndexName"))
        .keySchema(keySchema(index))
        .projection(projection(index));
    throughput(index).ifPresent(builder::provisionedThroughput);
    return builder.build();
  }

  private LocalSecondaryIndex localIndex(PropertyMap index) {
    skip(index, INDEX_PROPERTIES);
    return LocalSecondaryIndex.builder()
        .indexName(index.string("IndexName"))
        .keySchema(keySchema(index))
        .projection(projection(index))
        .build();
  }

  private static AttributeDefinition attributeDefinition(PropertyMap attribute) {
    return AttributeDefinition.builder()
        .attributeName(attribute.string("AttributeName"))
        .attributeType(attribute.string("AttributeType"))
        .build();
  }

  private static List<KeySchemaElement> keySchema(PropertyMap owner) {
    List<KeySchemaElement> keys = owner.maps("KeySchema").stream()
        .map(key -> KeySchemaElement.builder()
            .attributeName(key.string("AttributeName"))
            .keyType(key.string("KeyType"))
            .build())
        .toList();
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(owner.path() + ".KeySchema is missing or empty");
    }
    return keys;
  }

  private static Projection projection(PropertyMap index) {
    PropertyMap projection = index.map("Projection").orElseThrow(() ->
        new IllegalArgumentException(index.path() + ".Projection is missing"));
    Projection.Builder builder = Projection.builder()
        .projectionType(projection.optionalString("ProjectionType").orElse("KEYS_ONLY"));
    List<String> nonKey = projection.strings("NonKeyAttributes");
    return nonKey.isEmpty() ? builder.build() : builder.nonKeyAttributes(nonKey).build();
  }

  private static Optional<ProvisionedThroughput> throughput(PropertyMap owner) {
    return owner.map("ProvisionedThroughput").map(capacity -> ProvisionedThroughput.builder()
        .readCapacityUnits(capacity.number("ReadCapacityUnits"))
        .writeCapacityUnits(capacity.number("WriteCapacityUnits"))
        .build());
  }

  private static Optional<StreamSpecification> stream(PropertyMap table) {
    return table.map("StreamSpecification").map(spec -> StreamSpecification.builder()
        .streamEnabled(true)
        .streamViewType(spec.string("StreamViewType"))
        .build());
  }

  private void skip(PropertyMap owner, Set<String> used) {
    owner.names().stream()
        .filter(name -> !used.contains(name))
        .forEach(name -> skipped.add(owner.path() + "." + name));
  }
}
