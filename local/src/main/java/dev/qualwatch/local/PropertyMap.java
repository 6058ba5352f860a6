package dev.qualwatch.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of a resource's properties, each failure naming the property's path in the
 * template ({@code template.yaml RequestsTable.GlobalSecondaryIndexes[2].Projection}).
 */
final class PropertyMap {
  private final String path;
  private final Map<String, Object> values;

  PropertyMap(String path, Map<String, Object> values) {
    this.path = path;
    this.values = values;
  }

  Set<String> names() {
    return values.keySet();
  }

  String path() {
    return path;
  }

  String string(String name) {
    return optionalString(name).orElseThrow(() -> new IllegalArgumentException(
        path + "." + name + " is missing; the local run needs it to create the resource"));
  }

  Optional<String> optionalString(String name) {
    Object value = evaluable(name);
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw new IllegalArgumentException(path + "." + name + " should be a single value");
    }
    return Optional.ofNullable(value).map(String::valueOf);
  }

  long number(String name) {
    String text = string(name);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + "." + name + " is '" + text
          + "', which is not a whole number", e);
    }
  }

  Optional<PropertyMap> map(String name) {
    Object value = evaluable(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(path + "." + name + " should be a mapping");
    }
    return Optional.of(new PropertyMap(path + "." + name, CloudFormationYaml.cast(map)));
  }

  /** The list of mappings under {@code name}; empty when the property is absent. */
  List<PropertyMap> maps(String name) {
    List<PropertyMap> maps = new ArrayList<>();
    List<?> items = list(name);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "." + name + "[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> map) || Intrinsics.isIntrinsic(map)) {
        throw new IllegalArgumentException(itemPath + " should be a mapping of plain values");
      }
      maps.add(new PropertyMap(itemPath, CloudFormationYaml.cast(map)));
    }
    return maps;
  }

  List<String> strings(String name) {
    return list(name).stream().map(String::valueOf).toList();
  }

  private List<?> list(String name) {
    Object value = evaluable(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(path + "." + name + " should be a list");
    }
    return list;
  }

  private Object evaluable(String name) {
    Object value = values.get(name);
    if (Intrinsics.isIntrinsic(value)) {
      throw new IllegalArgumentException(path + "." + name + " is " + value
          + ", which a local run cannot evaluate without a stack; give it a plain value, or a "
          + "Ref or Fn::If over parameter defaults");
    }
    return value;
  }
}
