package dev.qualwatch.local.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The deployment package SAM builds for {@code CodeUri: functions/}: the compiled classes plus
 * every runtime-scope dependency jar, unextracted in {@code lib/}. Its unzipped size is what
 * Lambda's 250 MB limit counts.
 */
final class PackageSize {
  /**
   * Lambda's quota for a function's unzipped deployment package, layers included: "250 MB",
   * which Lambda's own error message spells as this many bytes.
   */
  static final long UNZIPPED_LIMIT_BYTES = 262_144_000L;

  private final long classesBytes;
  private final int classFiles;
  private final List<Jar> jars;

  private PackageSize(long classesBytes, int classFiles, List<Jar> jars) {
    this.classesBytes = classesBytes;
    this.classFiles = classFiles;
    this.jars = jars;
  }

  /**
   * Measures {@code classes} and the jars of {@code classpath}, a path-separated list as
   * {@code mvn dependency:build-classpath} writes it.
   */
  static PackageSize measure(Path classes, String classpath) {
    List<Jar> jars = Arrays.stream(classpath.strip().split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(Path::of)
        .map(jar -> new Jar(jar.getFileName().toString(), size(jar)))
        .sorted(Comparator.comparingLong(Jar::bytes).reversed())
        .toList();
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> regular = files.filter(Files::isRegularFile).toList();
      long bytes = regular.stream().mapToLong(PackageSize::size).sum();
      int classFiles = (int) regular.stream()
          .filter(file -> file.toString().endsWith(".class")).count();
      return new PackageSize(bytes, classFiles, jars);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + classes
          + "; build the functions first (mvn -pl local -am install)", e);
    }
  }

  long classesBytes() {
    return classesBytes;
  }

  int classFiles() {
    return classFiles;
  }

  /** The dependency jars, largest first. */
  List<Jar> jars() {
    return jars;
  }

  long totalBytes() {
    return classesBytes + jars.stream().mapToLong(Jar::bytes).sum();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the size of " + file, e);
    }
  }

  record Jar(String name, long bytes) {}
}
