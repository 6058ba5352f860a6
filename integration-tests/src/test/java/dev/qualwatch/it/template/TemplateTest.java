package dev.qualwatch.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.qualwatch.config.Env;
import dev.qualwatch.it.template.ClassReferences.MethodRef;
import dev.qualwatch.store.TableSchema;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code template.yaml} to the code it deploys, without AWS: the handlers exist, the
 * functions get exactly the variables their configuration reads, and each function's role allows
 * exactly the AWS calls its code can make.
 *
 * <p>The calls are found in the compiled classes, not in a list kept by hand: every class that a
 * handler reaches (transitively, through the names in the constant pools) is read, and every
 * method it calls on an AWS SDK service client is an action the role must allow. This sees every
 * code path, including error paths no test runs, and over-approximates on purpose (a reachable
 * class counts even if the handler never calls the method that makes the call). It cannot see
 * request parameters, so "Query only on indexes" is a rule of the template that this test states
 * and the store code follows (every Query there names an index).
 */
class TemplateTest {
  /** The configuration record each function reads; a new function needs a line here. */
  private static final Map<String, String> CONFIGS = Map.of(
      "PollFunction", "dev.qualwatch.poll.PollConfig",
      "ApiFunction", "dev.qualwatch.api.ApiConfig",
      "SlackFunction", "dev.qualwatch.notify.slack.SlackConfig");
  /** Values like those CloudFormation gives the variables, so that the configs accept them. */
  private static final Map<String, String> SAMPLE_VALUES = Map.of(
      "TABLE_NAME", "qualwatch-RequestsTable-1A2B3C4D5E6F",
      "TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:qualwatch-NotificationTopic-1A2B3C4D",
      "QUALIFICATION_TYPE_IDS", "",
      "MTURK_ENVIRONMENT", "sandbox",
      "SLACK_WEBHOOK_SECRET_ARN",
      "arn:aws:secretsmanager:us-east-1:123456789012:secret:qualwatch/slack-AbCdEf",
      "API_URL", "https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
  /** IAM's service prefix for each SDK service package. */
  private static final Map<String, String> IAM_PREFIXES = Map.of(
      "dynamodb", "dynamodb",
      "sns", "sns",
      "mturk", "mechanicalturk",
      "secretsmanager", "secretsmanager",
      "sqs", "sqs");
  /** Client methods that send no request. */
  private static final Set<String> NOT_OPERATIONS = Set.of(
      "builder", "create", "close", "serviceName", "serviceClientConfiguration", "utilities",
      "waiter");
  private static final Pattern SDK_CLIENT =
      Pattern.compile("software/amazon/awssdk/services/([a-z0-9]+)/\\w+Client");

  private static Path templatePath;
  private static Map<String, Object> template;
  private static Map<String, Map<String, Object>> resources;

  @BeforeAll
  static void readTemplate() {
    templatePath = find(Path.of("").toAbsolutePath());
    template = TemplateYaml.load(templatePath);
    resources = new LinkedHashMap<>();
    map(template, "Resources").forEach((id, resource) -> resources.put(id, map(resource)));
  }

  @Test
  void functions_areTheOnesThisTestKnows() {
    assertEquals(new TreeSet<>(CONFIGS.keySet()), new TreeSet<>(functions().keySet()));
  }

  @Test
  void everyHandler_namesAHandleRequestMethodInTheFunctionsBuild() throws Exception {
    for (Map.Entry<String, Map<String, Object>> function : functions().entrySet()) {
      String[] handler = handler(function.getKey()).split("::");
      assertEquals(2, handler.length, function.getKey() + " Handler is not Class::method");

      Class<?> type = Class.forName(handler[0]);

      String from = type.getProtectionDomain().getCodeSource().getLocation().toString();
      assertTrue(from.contains("functions/target/classes") || from.contains("qualwatch-functions"),
          handler[0] + " comes from " + from + ", not from the functions build");
      assertTrue(RequestHandler.class.isAssignableFrom(type), handler[0] + " is no RequestHandler");
      assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()),
          handler[0] + " needs the public no-argument constructor Lambda calls");
      assertTrue(Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(handler[1])
          && m.getParameterCount() == 2 && !m.isBridge()), handler[0] + " has no " + handler[1]);
    }
  }

  @Test
  void everyFunction_isBuiltFromTheFunctionsFolder() {
    Object globalCodeUri = map(map(template, "Globals"), "Function").get("CodeUri");

    functions().forEach((id, function) -> assertEquals("functions/",
        properties(function).getOrDefault("CodeUri", globalCodeUri), id + " CodeUri"));
    assertTrue(Files.isRegularFile(templatePath.resolveSibling("functions/pom.xml")));
  }

  @Test
  void everyFunction_getsExactlyTheVariablesItsConfigReads() throws Exception {
    for (String id : functions().keySet()) {
      Set<String> set = variables(id).keySet();
      RecordingVariables recording = new RecordingVariables(set);

      Class<?> config = Class.forName(CONFIGS.get(id));
      try {
        factory(config).invoke(null, Env.of(recording));
      } catch (InvocationTargetException e) {
        fail(id + ": " + config.getSimpleName() + " rejects the variables the template sets: "
            + e.getCause().getMessage());
      }

      Set<String> read = new TreeSet<>(recording.read);
      read.removeIf(name -> name.startsWith("AWS_"));
      assertEquals(new TreeSet<>(set), read, id + ": the template sets " + set + ", "
          + config.getSimpleName() + " reads " + read);
      Set<String> declared = declaredVariables(config);
      if (declared != null) {
        assertEquals(read, new TreeSet<>(declared), config.getSimpleName() + ".VARIABLES");
      }
    }
  }

  @Test
  void everyFunctionRole_allowsExactlyTheCallsItsCodeCanMake() throws Exception {
    for (String id : functions().keySet()) {
      Map<String, Set<String>> allowed = allowedActions(id);

      Map<String, Set<String>> needed = neededActions(id);

      assertEquals(needed, allowed, id + ": what its role allows (right) against what its code"
          + " and configuration need (left), action to resources");
    }
  }

  @Test
  void pollFunction_callsExactlyWhatThePollerIsKnownToCall() {
    Set<String> calls = codeCalls(handler("PollFunction").split("::")[0]);

    assertEquals(new TreeSet<>(Set.of("mechanicalturk:ListQualificationRequests",
        "dynamodb:BatchGetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem",
        "dynamodb:Query", "sns:Publish")), new TreeSet<>(calls));
  }

  @Test
  void apiFunction_onlyReadsTheTable() {
    Set<String> calls = codeCalls(handler("ApiFunction").split("::")[0]);

    assertEquals(new TreeSet<>(Set.of("dynamodb:GetItem", "dynamodb:Query")),
        new TreeSet<>(calls));
  }

  @Test
  void noPolicyAnywhere_grantsAWildcardAction() {
    List<String> wildcards = new ArrayList<>();
    walk(template, "", (path, key, value) -> {
      if ((key.equals("Action") || key.equals("NotAction")) && strings(value).stream()
          .anyMatch(action -> action.contains("*"))) {
        wildcards.add(path + ": " + value);
      }
      if (key.equals("NotAction") || key.equals("ManagedPolicyArns")) {
        wildcards.add(path + ": " + key + " is not allowed here");
      }
    });

    assertEquals(List.of(), wildcards);
  }

  @Test
  void table_hasTheKeyAndIndexesThatTableSchemaNames() throws Exception {
    Map<String, Object> table = resources.get("RequestsTable");
    Map<String, Object> properties = properties(table);

    assertEquals("Retain", table.get("DeletionPolicy"));
    assertEquals("Retain", table.get("UpdateReplacePolicy"));
    assertEquals(true, properties.get("DeletionProtectionEnabled"));
    assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"));
    assertEquals(true, map(properties, "PointInTimeRecoverySpecification")
        .get("PointInTimeRecoveryEnabled"));
    assertEquals(List.of(Map.of("AttributeName", TableSchema.QUALIFICATION_REQUEST_ID,
        "KeyType", "HASH")), properties.get("KeySchema"));
    Map<String, List<String>> indexes = new TreeMap<>();
    for (Object index : list(properties.get("GlobalSecondaryIndexes"))) {
      indexes.put((String) map(index).get("IndexName"), list(map(index).get("KeySchema")).stream()
          .map(key -> (String) map(key).get("AttributeName")).toList());
    }
    assertEquals(new TreeMap<>(Map.of(
        TableSchema.INDEX_BY_TYPE, List.of(TableSchema.QUALIFICATION_TYPE_ID,
            TableSchema.SUBMIT_TIME),
        TableSchema.INDEX_BY_WORKER, List.of(TableSchema.WORKER_ID, TableSchema.SUBMIT_TIME),
        TableSchema.INDEX_BY_STATUS, List.of(TableSchema.STATUS, TableSchema.SUBMIT_TIME),
        TableSchema.INDEX_BY_SUBMIT_TIME, List.of(TableSchema.RECORD_TYPE,
            TableSchema.SUBMIT_TIME),
        TableSchema.INDEX_NOTIFICATION_PENDING, List.of(TableSchema.NOTIFICATION_PENDING,
            TableSchema.SUBMIT_TIME))), indexes);
  }

  @Test
  void heartbeatAlarm_watchesTheMetricThePollerWrites() throws Exception {
    Class<?> runLog = Class.forName("dev.qualwatch.poll.PollRun$RunLog");
    Map<String, Object> alarm = properties(resources.get("PollHeartbeatAlarm"));

    assertEquals(constant(runLog, "NAMESPACE"), alarm.get("Namespace"));
    assertEquals(constant(runLog, "HEARTBEAT_METRIC"), alarm.get("MetricName"));
    assertEquals(List.of(Map.of("Name", "FunctionName", "Value", Map.of("Ref", "PollFunction"))),
        alarm.get("Dimensions"));
    assertEquals("breaching", alarm.get("TreatMissingData"));
    assertEquals(3, alarm.get("EvaluationPeriods"));
  }

  @Test
  void everyQueue_hasAnAlarmOnItsDepthThatNotifiesTheTopic() {
    for (Map.Entry<String, Map<String, Object>> queue : ofType("AWS::SQS::Queue").entrySet()) {
      Object queueName = Map.of("Fn::GetAtt", List.of(queue.getKey(), "QueueName"));

      boolean watched = ofType("AWS::CloudWatch::Alarm").values().stream()
          .map(TemplateTest::properties)
          .anyMatch(alarm -> "ApproximateNumberOfMessagesVisible".equals(alarm.get("MetricName"))
              && list(alarm.get("Dimensions")).contains(Map.of("Name", "QueueName",
                  "Value", queueName))
              && list(alarm.get("AlarmActions")).contains(Map.of("Ref", "NotificationTopic")));

      assertTrue(watched, queue.getKey() + " has no alarm on its depth");
    }
  }

  // ------------------------------------------------------------------ what the code needs

  /** The actions each function needs, to the canonical resources it needs them on. */
  private static Map<String, Set<String>> neededActions(String id) {
    Map<String, Set<String>> needed = new TreeMap<>();
    for (String action : codeCalls(handler(id).split("::")[0])) {
      needed.put(action, Set.of(codeResource(action)));
    }
    Map<String, Object> properties = properties(functions().get(id));
    if (needed.containsKey("sns:Publish") && properties(resources.get("NotificationTopic"))
        .containsKey("KmsMasterKeyId")) {
      needed.put("kms:GenerateDataKey", Set.of("TopicKey.Arn"));
      needed.put("kms:Decrypt", Set.of("TopicKey.Arn"));
    }
    Object logGroup = map(properties, "LoggingConfig").get("LogGroup");
    if (logGroup != null) {
      String group = (String) map(logGroup).get("Ref");
      needed.put("logs:CreateLogStream", Set.of(group + ".Arn"));
      needed.put("logs:PutLogEvents", Set.of(group + ".Arn"));
    }
    Map<String, Object> onFailure = map(map(map(properties, "EventInvokeConfig"),
        "DestinationConfig"), "OnFailure");
    if ("SQS".equals(onFailure.get("Type"))) {
      needed.put("sqs:SendMessage", Set.of(canonical(onFailure.get("Destination"))));
    }
    return needed;
  }

  /** IAM actions for the SDK calls the classes reachable from {@code handlerClass} make. */
  private static Set<String> codeCalls(String handlerClass) {
    ClassReferences references =
        ClassReferences.reachableFrom(handlerClass.replace('.', '/'), "dev/qualwatch/");
    Set<String> actions = new TreeSet<>();
    for (MethodRef method : references.methods()) {
      Matcher client = SDK_CLIENT.matcher(method.owner());
      if (client.matches() && !NOT_OPERATIONS.contains(method.name())) {
        String prefix = IAM_PREFIXES.get(client.group(1));
        assertNotNull(prefix, "no IAM prefix known for SDK package " + client.group(1));
        String operation = method.name().replaceFirst("Paginator$", "");
        actions.add(prefix + ":" + Character.toUpperCase(operation.charAt(0))
            + operation.substring(1));
      }
    }
    return actions;
  }

  /** Where the template must allow a call the code makes (MTurk has no resource ARNs). */
  private static String codeResource(String action) {
    if (action.equals("dynamodb:Query")) {
      return "${RequestsTable.Arn}/index/*";
    }
    if (action.startsWith("dynamodb:")) {
      return "RequestsTable.Arn";
    }
    return switch (action) {
      case "sns:Publish" -> "Ref:NotificationTopic";
      case "mechanicalturk:ListQualificationRequests" -> "*";
      case "secretsmanager:GetSecretValue" -> "Ref:SlackWebhookSecretArn";
      default -> throw new AssertionError("the code calls " + action
          + ", which this test does not know where to allow; add it to codeResource");
    };
  }

  // ------------------------------------------------------------------ what the template allows

  private static Map<String, Set<String>> allowedActions(String id) {
    Map<String, Object> properties = properties(functions().get(id));
    assertFalse(properties.containsKey("Policies"), id + " must use its own Role, not Policies");
    List<?> getAtt = list(map(properties.get("Role")).get("Fn::GetAtt"));
    assertEquals("Arn", getAtt.get(1), id + " Role");
    Map<String, Object> role = resources.get((String) getAtt.get(0));
    assertEquals("AWS::IAM::Role", role.get("Type"));
    Map<String, Object> roleProperties = properties(role);
    assertFalse(roleProperties.containsKey("ManagedPolicyArns"), id + " role");

    Map<String, Set<String>> allowed = new TreeMap<>();
    for (Object policy : list(roleProperties.get("Policies"))) {
      for (Object statement : list(map(map(policy), "PolicyDocument").get("Statement"))) {
        Map<String, Object> s = map(statement);
        assertEquals("Allow", s.get("Effect"));
        Set<String> on = strings(s.get("Resource")).isEmpty()
            ? Set.of() : resourcesOf(s.get("Resource"));
        for (String action : strings(s.get("Action"))) {
          allowed.computeIfAbsent(action, key -> new TreeSet<>()).addAll(on);
        }
      }
    }
    return allowed;
  }

  private static Set<String> resourcesOf(Object resource) {
    if (resource instanceof List<?> many) {
      return many.stream().map(TemplateTest::canonical).collect(Collectors.toSet());
    }
    return Set.of(canonical(resource));
  }

  /** {@code {Fn::GetAtt: [A, B]}} is "A.B", {@code {Ref: X}} "Ref:X", a Sub its text. */
  private static String canonical(Object value) {
    if (value instanceof String text) {
      return text;
    }
    Map<String, Object> intrinsic = map(value);
    if (intrinsic.containsKey("Fn::GetAtt")) {
      return String.join(".", strings(intrinsic.get("Fn::GetAtt")));
    }
    if (intrinsic.containsKey("Ref")) {
      return "Ref:" + intrinsic.get("Ref");
    }
    if (intrinsic.get("Fn::Sub") instanceof String text) {
      return text;
    }
    return String.valueOf(value);
  }

  // ------------------------------------------------------------------ template helpers

  private static Map<String, Map<String, Object>> functions() {
    return ofType("AWS::Serverless::Function");
  }

  private static Map<String, Map<String, Object>> ofType(String type) {
    Map<String, Map<String, Object>> found = new TreeMap<>();
    resources.forEach((id, resource) -> {
      if (type.equals(resource.get("Type"))) {
        found.put(id, resource);
      }
    });
    return found;
  }

  private static String handler(String functionId) {
    return (String) properties(functions().get(functionId)).get("Handler");
  }

  private static Map<String, Object> variables(String functionId) {
    return map(map(properties(functions().get(functionId)), "Environment"), "Variables");
  }

  private static Map<String, Object> properties(Map<String, Object> resource) {
    return map(resource, "Properties");
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return map(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
  }

  private static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  private interface Visitor {
    void visit(String path, String key, Object value);
  }

  private static void walk(Object node, String path, Visitor visitor) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((key, value) -> {
        visitor.visit(path, String.valueOf(key), value);
        walk(value, path + "/" + key, visitor);
      });
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "/" + i, visitor);
      }
    }
  }

  private static Path find(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("template.yaml"))) {
        return dir.resolve("template.yaml");
      }
    }
    throw new IllegalStateException("no template.yaml above " + start);
  }

  // ------------------------------------------------------------------ configuration helpers

  /** The config's public static factory that takes an {@link Env}. */
  private static Method factory(Class<?> config) {
    return Arrays.stream(config.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == config
            && Arrays.equals(m.getParameterTypes(), new Class<?>[] {Env.class}))
        .findFirst()
        .orElseThrow(() -> new AssertionError(config + " has no static factory taking Env"));
  }

  @SuppressWarnings("unchecked")
  private static Set<String> declaredVariables(Class<?> config) throws Exception {
    try {
      Field field = config.getField("VARIABLES");
      return (Set<String>) field.get(null);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static Object constant(Class<?> type, String name) throws Exception {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(null);
  }

  /**
   * The environment a function would get from the template, with realistic values, recording
   * every variable the configuration asks for, set or not.
   */
  private static final class RecordingVariables extends AbstractMap<String, String> {
    final Set<String> read = new LinkedHashSet<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    RecordingVariables(Set<String> templateVariables) {
      for (String name : templateVariables) {
        if (!SAMPLE_VALUES.containsKey(name)) {
          fail("the template sets " + name + "; add a realistic value to SAMPLE_VALUES");
        }
        values.put(name, SAMPLE_VALUES.get(name));
      }
    }

    @Override
    public String get(Object key) {
      read.add(String.valueOf(key));
      return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      read.add(String.valueOf(key));
      return values.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return values.entrySet();
    }
  }
}
