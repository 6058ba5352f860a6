package dev.qualwatch.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the intrinsic functions that a local run can evaluate without a stack: {@code Ref} to
 * a parameter (its default) or a pseudo parameter, and {@code Fn::If} with the conditions built
 * from {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Condition}.
 * {@code AWS::NoValue} removes the property, as CloudFormation does. Anything else (a {@code Ref}
 * to a resource, {@code Fn::GetAtt}, {@code Fn::Sub}, ...) is left as it is, and the caller
 * decides whether it needs the value.
 */
final class Intrinsics {
  private static final Object NO_VALUE = new Object();
  private static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
      "AWS::Region", LocalClients.REGION.id(),
      "AWS::AccountId", "123456789012",
      "AWS::Partition", "aws",
      "AWS::URLSuffix", "amazonaws.com",
      "AWS::StackName", "qualwatch-local");

  private final Map<String, Object> parameterDefaults;
  private final Map<String, Object> conditions;

  private Intrinsics(Map<String, Object> parameterDefaults, Map<String, Object> conditions) {
    this.parameterDefaults = parameterDefaults;
    this.conditions = conditions;
  }

  static Intrinsics of(Map<String, Object> template) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    section(template, "Parameters").forEach((name, declaration) -> {
      if (declaration instanceof Map<?, ?> map && map.containsKey("Default")) {
        defaults.put(name, map.get("Default"));
      }
    });
    return new Intrinsics(defaults, section(template, "Conditions"));
  }

  static boolean isIntrinsic(Object value) {
    if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
      return false;
    }
    String key = String.valueOf(map.keySet().iterator().next());
    return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
  }

  /** A copy of {@code properties} with every evaluable intrinsic replaced by its value. */
  Map<String, Object> resolveProperties(Map<String, Object> properties) {
    Object resolved = resolve(properties);
    return resolved == NO_VALUE ? Map.of() : CloudFormationYaml.cast((Map<?, ?>) resolved);
  }

  private Object resolve(Object value) {
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.stream().map(this::resolve).filter(item -> item != NO_VALUE).forEach(items::add);
      return items;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    if (isIntrinsic(map)) {
      return resolveIntrinsic(map);
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    map.forEach((key, item) -> {
      Object resolved = resolve(item);
      if (resolved != NO_VALUE) {
        entries.put(String.valueOf(key), resolved);
      }
    });
    return entries;
  }

  private Object resolveIntrinsic(Map<?, ?> intrinsic) {
    Map.Entry<?, ?> entry = intrinsic.entrySet().iterator().next();
    String function = String.valueOf(entry.getKey());
    Object argument = entry.getValue();
    if (function.equals("Ref")) {
      return reference(String.valueOf(argument), intrinsic);
    }
    if (function.equals("Fn::If") && argument instanceof List<?> args && args.size() == 3) {
      Boolean holds = condition(args.get(0));
      return holds == null ? intrinsic : resolve(holds ? args.get(1) : args.get(2));
    }
    return intrinsic;
  }

  private Object reference(String name, Object unresolved) {
    if (name.equals("AWS::NoValue")) {
      return NO_VALUE;
    }
    if (PSEUDO_PARAMETERS.containsKey(name)) {
      return PSEUDO_PARAMETERS.get(name);
    }
    return parameterDefaults.containsKey(name) ? parameterDefaults.get(name) : unresolved;
  }

  /** True or false, or {@code null} when the condition depends on something unknown here. */
  private Boolean condition(Object expression) {
    if (expression instanceof String name) {
      return condition(Map.of("Condition", name));
    }
    if (!isIntrinsic(expression)) {
      return expression instanceof Boolean b ? b : null;
    }
    Map.Entry<?, ?> entry = ((Map<?, ?>) expression).entrySet().iterator().next();
    List<?> args = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
    return switch (String.valueOf(entry.getKey())) {
      case "Condition" -> conditions.containsKey(String.valueOf(args.get(0)))
          ? condition(conditions.get(String.valueOf(args.get(0)))) : null;
      case "Fn::Equals" -> equal(args);
      case "Fn::Not" -> negate(condition(args.get(0)));
      case "Fn::And" -> combine(args, true);
      case "Fn::Or" -> combine(args, false);
      default -> null;
    };
  }

  private Boolean equal(List<?> args) {
    if (args.size() != 2) {
      return null;
    }
    Object left = resolve(args.get(0));
    Object right = resolve(args.get(1));
    if (isIntrinsic(left) || isIntrinsic(right)) {
      return null;
    }
    return Objects.equals(String.valueOf(left), String.valueOf(right));
  }

  private static Boolean negate(Boolean value) {
    return value == null ? null : !value;
  }

  /** {@code Fn::And} when {@code all}, else {@code Fn::Or}. */
  private Boolean combine(List<?> args, boolean all) {
    boolean unknown = false;
    for (Object arg : args) {
      Boolean value = condition(arg);
      if (value == null) {
        unknown = true;
      } else if (value != all) {
        return !all;
      }
    }
    return unknown ? null : all;
  }

  private static Map<String, Object> section(Map<String, Object> template, String name) {
    Object section = template.get(name);
    return section instanceof Map<?, ?> map ? CloudFormationYaml.cast(map) : Map.of();
  }
}
