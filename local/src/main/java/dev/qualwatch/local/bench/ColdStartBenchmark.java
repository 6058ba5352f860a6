package dev.qualwatch.local.bench;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.qualwatch.local.LocalClients;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.local.TemplateResources;
import dev.qualwatch.local.bench.ChildLauncher.Sample;
import dev.qualwatch.simulator.MTurkSimulator;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The cold-start benchmark ({@code ./local-run --cold-start}): starts the poll and API functions
 * in fresh JVMs against one moto_server and the MTurk simulator, each with the environment Lambda
 * would give it, and prints the medians of JVM start, init (the handler's constructor), first
 * invoke and warm invokes; then the classes each phase loads and the size of the deployment
 * package. Beside Lambda's default JVM flags it measures full tiered compilation, unless
 * {@code --no-flags}.
 *
 * <p>The figures come from a shared machine, not from Lambda: read medians and ratios, not
 * absolute times. Options: {@code --runs N}, {@code --warm N}, {@code --no-flags},
 * {@code --functions-classpath FILE} (the script passes the functions' runtime classpath).
 */
public final class ColdStartBenchmark {
  private final ColdStartOptions options;
  private final ChildLauncher launcher;
  private final LocalServices services;
  private final ColdStartReport report;

  private ColdStartBenchmark(ColdStartOptions options, ChildLauncher launcher,
      LocalServices services, PrintStream out) {
    this.options = options;
    this.launcher = launcher;
    this.services = services;
    this.report = new ColdStartReport(out);
  }

  public static void main(String[] args) {
    ColdStartOptions options = ColdStartOptions.parse(args);
    Path root = TemplateResources.find(Path.of("")).getParent();
    Optional<String> functionsClasspath =
        options.functionsClasspath().map(ColdStartBenchmark::read);
    ChildLauncher launcher = new ChildLauncher(javaExecutable(),
        childClasspath(root, functionsClasspath), root.resolve("events"), options.warmCalls());
    PrintStream out = System.out;
    try (MotoServer moto = MotoServer.start();
        MTurkSimulator simulator = MTurkSimulator.start(0);
        DynamoDbClient dynamoDb = LocalClients.dynamoDb(moto.endpoint());
        SnsClient sns = LocalClients.sns(moto.endpoint())) {
      MTurkSimulator.seedDemo(simulator);
      LocalServices services = new LocalServices(moto, simulator, dynamoDb, sns);
      new ColdStartBenchmark(options, launcher, services, out)
          .run(functionsClasspath.isPresent());
    }
    functionsClasspath.ifPresentOrElse(
        classpath -> new ColdStartReport(out).packageSize(
            PackageSize.measure(root.resolve("functions/target/classes"), classpath)),
        () -> out.println("\nPackage size not measured: pass --functions-classpath FILE."));
  }

  private void run(boolean functionsClasspath) {
    List<JvmFlags> flagSets = options.compareFlags()
        ? List.of(JvmFlags.values()) : List.of(JvmFlags.LAMBDA_JAVA21);
    intro(functionsClasspath);
    ColdStartResults results = new ColdStartResults();
    for (int run = 0; run <= options.runs(); run++) {
      for (JvmFlags flags : flagSets) {
        for (ColdStartFunction function : ColdStartFunction.values()) {
          Sample sample = coldStart(function, flags, Optional.empty());
          if (run > 0) {
            results.add(function, flags, sample);
          }
        }
      }
      System.err.printf("cold-start: run %d of %d done%n", run, options.runs());
    }
    report.timings(results, flagSets, options.runs());
    report.summaries(results);
    if (options.compareFlags()) {
      report.flagComparison(results);
    }
    report.classLoads(classLoads(), options.warmCalls());
  }

  private void intro(boolean functionsClasspath) {
    report.note(String.format("qualwatch cold-start benchmark: %d fresh JVMs per function and "
        + "flag set, after one discarded warm-up; %d warm calls each", options.runs(),
        options.warmCalls()));
    report.note(String.format("  here: %s %s, %d CPUs, Java %s (%s); Lambda: java21 on arm64, "
        + "1024 MB", System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name")));
    report.note("  " + services + "; child classpath: " + (functionsClasspath
        ? "functions' classes and runtime jars, then the harness" : "this JVM's (no "
        + "--functions-classpath)"));
    report.note("  poll: the table is emptied before each JVM, so its first call stores and "
        + "publishes every demo request; warm calls find nothing new");
    report.note("  api: the first call is events/api-list-requests.json; warm calls alternate "
        + "events/api-list-types.json and it");
  }

  /** One child, with the poll function's table emptied first so its first call finds work. */
  private Sample coldStart(ColdStartFunction function, JvmFlags flags, Optional<Path> classLog) {
    LambdaEnvironment environment = function == ColdStartFunction.POLL
        ? services.emptied() : services.asIs();
    return launcher.run(function, flags, environment.of(function), classLog);
  }

  private Map<ColdStartFunction, ClassLoadLog> classLoads() {
    Map<ColdStartFunction, ClassLoadLog> logs = new EnumMap<>(ColdStartFunction.class);
    for (ColdStartFunction function : ColdStartFunction.values()) {
      Path log = ChildLauncher.temporaryFile("cold-start-classes-", ".log");
      try {
        coldStart(function, JvmFlags.LAMBDA_JAVA21, Optional.of(log));
        logs.put(function, ClassLoadLog.parse(Files.readAllLines(log)));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the class-load log " + log, e);
      } finally {
        ChildLauncher.deleteQuietly(log);
      }
    }
    return logs;
  }

  /**
   * The functions' classes and runtime jars first, as in Lambda's {@code /var/task}, then what
   * the child itself needs: this module's classes and the Lambda runtime's event serializer.
   */
  private static String childClasspath(Path root, Optional<String> functionsClasspath) {
    if (functionsClasspath.isEmpty()) {
      return System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, root.resolve("functions/target/classes").toString(),
        functionsClasspath.get().strip(), codeSource(ColdStartChild.class),
        codeSource(LambdaEventSerializers.class));
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("could not locate the classes of " + type.getName(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the functions' classpath from " + file
          + "; write it with mvn -f functions/pom.xml dependency:build-classpath", e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
