package dev.qualwatch.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageSizeTest {

  @TempDir
  Path dir;

  @Test
  void measure_addsClassesAndJarsAndListsTheLargestJarFirst() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/dev/qualwatch"));
    Files.write(classes.resolve("A.class"), new byte[100]);
    Files.write(classes.resolve("log.properties"), new byte[10]);
    Path small = Files.write(dir.resolve("small.jar"), new byte[1_000]);
    Path large = Files.write(dir.resolve("large.jar"), new byte[5_000]);

    PackageSize size = PackageSize.measure(dir.resolve("classes"),
        small + File.pathSeparator + large + "\n");

    assertThat(size.classesBytes()).isEqualTo(110);
    assertThat(size.classFiles()).isEqualTo(1);
    assertThat(size.jars()).extracting(PackageSize.Jar::name)
        .containsExactly("large.jar", "small.jar");
    assertThat(size.totalBytes()).isEqualTo(6_110);
  }
}
