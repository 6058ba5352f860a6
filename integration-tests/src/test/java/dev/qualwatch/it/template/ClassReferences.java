package dev.qualwatch.it.template;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What compiled classes refer to, read from their constant pools: the classes they name and
 * the methods they call. Every call a class can make, on any code path, names its target in the
 * constant pool, so the answer covers paths that no test runs.
 */
final class ClassReferences {
  private static final int CLASS = 7;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int UTF8 = 1;

  /** A method call target: internal class name such as {@code a/b/C}, and method name. */
  record MethodRef(String owner, String name) {}

  private final Set<String> classes = new TreeSet<>();
  private final Set<MethodRef> methods = new LinkedHashSet<>();

  private ClassReferences() {}

  /**
   * The references of {@code root} and of every class under {@code prefix} (internal form, such
   * as {@code dev/qualwatch/}) that it reaches, transitively; classes are loaded as resources
   * from the test class path.
   */
  static ClassReferences reachableFrom(String root, String prefix) {
    ClassReferences all = new ClassReferences();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      String name = queue.poll();
      if (!all.classes.add(name)) {
        continue;
      }
      ClassReferences one = read(name);
      all.methods.addAll(one.methods);
      one.classes.stream().filter(c -> c.startsWith(prefix)).forEach(queue::add);
    }
    return all;
  }

  /** The classes reached, internal names. */
  Set<String> classes() {
    return Set.copyOf(classes);
  }

  Set<MethodRef> methods() {
    return Set.copyOf(methods);
  }

  private static ClassReferences read(String internalName) {
    String resource = internalName + ".class";
    ClassLoader loader = ClassReferences.class.getClassLoader();
    try (InputStream stream = loader.getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException(resource + " is not on the test class path; build"
            + " functions first (mvn -pl functions install)");
      }
      return parse(new DataInputStream(stream));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  private static ClassReferences parse(DataInputStream in) throws IOException {
    in.readInt();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    int[] tags = new int[count];
    String[] utf8 = new String[count];
    int[] first = new int[count];
    int[] second = new int[count];
    for (int i = 1; i < count; i++) {
      tags[i] = in.readUnsignedByte();
      switch (tags[i]) {
        case UTF8 -> utf8[i] = in.readUTF();
        case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
        case 15 -> in.skipBytes(3);
        case 3, 4 -> in.skipBytes(4);
        case 9, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, 17, 18 -> {
          first[i] = in.readUnsignedShort();
          second[i] = in.readUnsignedShort();
        }
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tags[i]);
      }
    }

    ClassReferences references = new ClassReferences();
    for (int i = 1; i < count; i++) {
      if (tags[i] == CLASS) {
        references.classes.add(elementClass(utf8[first[i]]));
      } else if (tags[i] == METHODREF || tags[i] == INTERFACE_METHODREF) {
        String owner = utf8[first[first[i]]];
        String name = utf8[first[second[i]]];
        references.methods.add(new MethodRef(elementClass(owner), name));
      }
    }
    return references;
  }

  /** {@code [Ldev/x/Y;} names the array's element class {@code dev/x/Y}. */
  private static String elementClass(String name) {
    String element = name.replaceFirst("^\\[+", "");
    return element.startsWith("L") && element.endsWith(";")
        ? element.substring(1, element.length() - 1) : element;
  }
}
