package dev.qualwatch.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the MTurk simulator until the process is killed.
 *
 * <pre>
 * java -jar mturk-simulator/target/qualwatch-mturk-simulator-VERSION.jar [options]
 *   --port N                 port on 127.0.0.1 (default 0: a free port)
 *   --demo                   seed the demo qualification types and requests
 *   --requests N --types K   seed N pending requests over K types (K defaults to 1)
 * </pre>
 *
 * <p>The first line on standard output is {@code MTurk simulator listening on <endpoint>}, for
 * scripts that start the simulator and wait for its endpoint.
 */
public final class Main {

  private Main() {
  }

  /**
   * Starts the simulator as the options ask and blocks forever.
   *
   * @param args the options above
   * @throws InterruptedException when the main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      usage(System.err, e.getMessage());
      System.exit(2);
      return;
    }

    MTurkSimulator simulator = MTurkSimulator.start(options.port());
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "mturk-simulator-stop"));
    seed(simulator, options);

    System.out.println("MTurk simulator listening on " + simulator.endpoint());
    System.out.println("Pending qualification requests: "
        + simulator.pendingRequests().size());
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private static void seed(MTurkSimulator simulator, Options options) {
    if (options.demo()) {
      MTurkSimulator.seedDemo(simulator);
    }
    if (options.requests() > 0) {
      MTurkSimulator.seedRequests(simulator, options.requests(), options.types());
    }
  }

  private static void usage(PrintStream out, String problem) {
    out.println(problem);
    out.println("Usage: Main [--port N] [--demo] [--requests N [--types K]]");
  }

  /** The parsed command line. */
  record Options(int port, boolean demo, int requests, int types) {

    static Options parse(String[] args) {
      int port = 0;
      boolean demo = false;
      int requests = 0;
      int types = 1;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = number(args, ++i, "--port");
          case "--demo" -> demo = true;
          case "--requests" -> requests = number(args, ++i, "--requests");
          case "--types" -> types = number(args, ++i, "--types");
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      if (types < 1) {
        throw new IllegalArgumentException("--types must be at least 1, was " + types);
      }
      return new Options(port, demo, requests, types);
    }

    private static int number(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a number");
      }
      try {
        return Integer.parseInt(args[index]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number, got " + args[index]);
      }
    }
  }
}
