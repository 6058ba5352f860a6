package dev.qualwatch.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a CloudFormation template written in YAML. Short-form intrinsics ({@code !Ref},
 * {@code !GetAtt}, {@code !If}, ...) become the long form that the JSON syntax uses, such as
 * {@code {"Fn::If": [...]}}, so that the rest of the code sees one shape only.
 */
final class CloudFormationYaml {
  private CloudFormationYaml() {}

  static Map<String, Object> load(Path template) {
    try (Reader reader = Files.newBufferedReader(template)) {
      Object document = new Yaml(new IntrinsicConstructor()).load(reader);
      if (!(document instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(template + " is not a CloudFormation template: "
            + "its top level is not a mapping");
      }
      return cast(map);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + template, e);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("could not parse " + template + ": " + e.getMessage(), e);
    }
  }

  /** The long-form key of a short-form tag: {@code !Ref} stays {@code Ref}, others get "Fn::". */
  static String longForm(String tag) {
    String name = tag.substring(1);
    return name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** Accepts every local tag ({@code !Anything}), so a new intrinsic never breaks the reader. */
  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor() {
      super(options());
      yamlMultiConstructors.put("!", new IntrinsicConstruct());
    }

    /** Local tags only name intrinsics here; SafeConstructor instantiates no class from them. */
    private static LoaderOptions options() {
      LoaderOptions options = new LoaderOptions();
      options.setTagInspector(tag -> tag.getValue().startsWith("!"));
      return options;
    }

    private final class IntrinsicConstruct extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        Map<String, Object> intrinsic = new LinkedHashMap<>();
        intrinsic.put(longForm(node.getTag().getValue()), argument(node));
        return intrinsic;
      }

      private Object argument(Node node) {
        if (node instanceof ScalarNode scalar) {
          String value = constructScalar(scalar);
          boolean getAtt = node.getTag().getValue().equals("!GetAtt");
          return getAtt ? List.of(value.split("\\.", 2)) : value;
        }
        if (node instanceof SequenceNode sequence) {
          return constructSequence(sequence);
        }
        return constructMapping((MappingNode) node);
      }
    }
  }
}
