package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.sns.SnsClient;

class TemplateResourcesTest {
  private static MotoServer moto;
  private static DynamoDbClient dynamoDb;
  private static SnsClient sns;

  @TempDir
  Path temp;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
    dynamoDb = LocalClients.dynamoDb(moto.endpoint());
    sns = LocalClients.sns(moto.endpoint());
  }

  @AfterAll
  static void stopMoto() {
    dynamoDb.close();
    sns.close();
    moto.close();
  }

  @AfterEach
  void resetMoto() {
    moto.reset();
  }

  @Test
  void createTable_fromProjectTemplate_hasTheTemplatesKeysAndIndexes() {
    Path template = TemplateResources.find(Path.of(""));
    Map<String, Object> declared = tableProperties(template);

    TemplateResources.read(template).createTable(dynamoDb, "requests");
    TableDescription table = dynamoDb.describeTable(b -> b.tableName("requests")).table();

    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(keys(table.keySchema())).isEqualTo(declaredKeys(declared.get("KeySchema")));
    assertThat(table.globalSecondaryIndexes().stream().map(TemplateResourcesTest::describe))
        .containsExactlyInAnyOrderElementsOf(declaredIndexes(declared));
    assertThat(table.billingModeSummary().billingModeAsString())
        .isEqualTo(declared.get("BillingMode"));
  }

  @Test
  void createTopic_fromProjectTemplate_returnsArnOfNamedTopic() {
    TemplateResources resources = TemplateResources.read(TemplateResources.find(Path.of("")));

    String arn = resources.createTopic(sns, "digests");

    assertThat(arn).endsWith(":digests");
    assertThat(sns.listTopics().topics()).extracting(t -> t.topicArn()).containsExactly(arn);
  }

  @Test
  void read_withEveryShortFormTag_parsesAndEvaluatesParameterConditions() throws IOException {
    Path template = write("""
        Parameters:
          Stage: { Type: String, Default: dev }
          Key: { Type: String, Default: "" }
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          HasKey: !Not [!Equals [!Ref Key, ""]]
          Either: !Or [!Condition IsProd, !And [!Condition HasKey, !Equals [a, a]]]
        Resources:
          RequestsTable:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: !Sub "${AWS::StackName}-requests"
              BillingMode: !If [IsProd, PROVISIONED, PAY_PER_REQUEST]
              ProvisionedThroughput: !If [IsProd, {ReadCapacityUnits: 5}, !Ref AWS::NoValue]
              DeletionProtectionEnabled: !If [Either, true, false]
              SSESpecification:
                SSEEnabled: true
                KMSMasterKeyId: !If [HasKey, !Ref Key, !GetAtt Key.Arn]
              AttributeDefinitions:
                - { AttributeName: id, AttributeType: S }
              KeySchema:
                - { AttributeName: id, KeyType: HASH }
              Tags:
                - { Key: zone, Value: !Select [0, !GetAZs ""] }
                - { Key: b, Value: !Base64 plain }
                - { Key: j, Value: { "Fn::Base64": !Join ["", !Split [",", "a,b"]] } }
                - { Key: c, Value: !FindInMap [M, k, v] }
                - { Key: d, Value: !ImportValue other }
                - { Key: e, Value: !Cidr [10.0.0.0/16, 2, 8] }
          NotificationTopic:
            Type: AWS::SNS::Topic
            Properties:
              DisplayName: qualwatch
              KmsMasterKeyId: !Ref Key
        """);
    TemplateResources resources = TemplateResources.read(template);

    resources.createTable(dynamoDb, "t");
    resources.createTopic(sns, "n");

    assertThat(dynamoDb.describeTable(b -> b.tableName("t")).table().billingModeSummary()
        .billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
    assertThat(resources.skipped()).containsExactly(
        "template.yaml RequestsTable.TableName",
        "template.yaml RequestsTable.DeletionProtectionEnabled",
        "template.yaml RequestsTable.SSESpecification",
        "template.yaml RequestsTable.Tags",
        "template.yaml NotificationTopic.KmsMasterKeyId");
  }

  @Test
  void createTable_whenUsedPropertyNeedsAStack_namesThePropertyInTheError() throws IOException {
    Path template = write("""
        Resources:
          RequestsTable:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: !GetAtt Something.Mode
              AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
              KeySchema: [{ AttributeName: id, KeyType: HASH }]
          NotificationTopic:
            Type: AWS::SNS::Topic
        """);
    TemplateResources resources = TemplateResources.read(template);

    assertThatThrownBy(() -> resources.createTable(dynamoDb, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RequestsTable.BillingMode")
        .hasMessageContaining("cannot evaluate");
  }

  @Test
  void read_withoutTheTable_saysWhichResourceIsMissing() throws IOException {
    Path template = write("""
        Resources:
          NotificationTopic:
            Type: AWS::SNS::Topic
        """);

    assertThatThrownBy(() -> TemplateResources.read(template))
        .hasMessageContaining("declares no resource RequestsTable");
  }

  @Test
  void find_fromASubfolder_walksUpToTheTemplate() throws IOException {
    Path nested = Files.createDirectories(temp.resolve("a/b"));
    Files.writeString(temp.resolve("template.yaml"), "Resources: {}\n");

    Path found = TemplateResources.find(nested);

    assertThat(found).isEqualTo(temp.resolve("template.yaml").toAbsolutePath());
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(temp.resolve("template.yaml"), yaml);
  }

  /** The table's properties as the template holds them, read without the code under test. */
  private static Map<String, Object> tableProperties(Path template) {
    Map<String, Object> resources = child(CloudFormationYaml.load(template), "Resources");
    return child(child(resources, "RequestsTable"), "Properties");
  }

  private static List<String> declaredIndexes(Map<String, Object> table) {
    List<?> indexes = (List<?>) table.get("GlobalSecondaryIndexes");
    return indexes.stream().map(index -> {
      Map<?, ?> declared = (Map<?, ?>) index;
      Map<?, ?> projection = (Map<?, ?>) declared.get("Projection");
      Object nonKey = Objects.requireNonNullElse(projection.get("NonKeyAttributes"), List.of());
      return declared.get("IndexName") + " " + declaredKeys(declared.get("KeySchema")) + " "
          + projection.get("ProjectionType") + " " + sorted((List<?>) nonKey);
    }).toList();
  }

  private static String describe(GlobalSecondaryIndexDescription index) {
    Projection projection = index.projection();
    return index.indexName() + " " + keys(index.keySchema()) + " "
        + projection.projectionTypeAsString() + " " + sorted(projection.nonKeyAttributes());
  }

  private static String declaredKeys(Object keySchema) {
    return ((List<?>) keySchema).stream()
        .map(key -> ((Map<?, ?>) key).get("AttributeName") + ":" + ((Map<?, ?>) key).get("KeyType"))
        .collect(Collectors.joining(","));
  }

  private static String keys(List<KeySchemaElement> keySchema) {
    return keySchema.stream()
        .map(key -> key.attributeName() + ":" + key.keyTypeAsString())
        .collect(Collectors.joining(","));
  }

  private static List<String> sorted(List<?> names) {
    return names.stream().map(String::valueOf).sorted().toList();
  }

  private static Map<String, Object> child(Map<String, Object> parent, String name) {
    return CloudFormationYaml.cast((Map<?, ?>) parent.get(name));
  }
}
