package dev.qualwatch.it.template;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code template.yaml}, turning CloudFormation's short-form tags into the long form:
 * {@code !Ref X} becomes {@code {Ref: X}}, {@code !GetAtt A.B} becomes
 * {@code {Fn::GetAtt: [A, B]}}, and any other {@code !Name} becomes {@code {Fn::Name: ...}}.
 */
final class TemplateYaml {
  private TemplateYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Path template) {
    LoaderOptions options = new LoaderOptions();
    options.setTagInspector(tag -> tag.getValue().startsWith("!"));
    try (Reader reader = Files.newBufferedReader(template)) {
      return (Map<String, Object>) new Yaml(new Tolerant(options)).load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + template, e);
    }
  }

  /** SafeConstructor, plus one construct for every tag that starts with "!". */
  private static final class Tolerant extends SafeConstructor {
    Tolerant(LoaderOptions options) {
      super(options);
      yamlMultiConstructors.put("!", new Intrinsic());
    }

    private final class Intrinsic extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String name = node.getTag().getValue().substring(1);
        Object argument;
        if (node instanceof ScalarNode scalar) {
          String value = constructScalar(scalar);
          argument = name.equals("GetAtt") ? List.of(value.split("\\.", 2)) : value;
        } else if (node instanceof SequenceNode sequence) {
          argument = new ArrayList<>(constructSequence(sequence));
        } else {
          argument = new LinkedHashMap<>(constructMapping((MappingNode) node));
        }
        String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        Map<String, Object> intrinsic = new LinkedHashMap<>();
        intrinsic.put(key, argument);
        return intrinsic;
      }
    }
  }
}
