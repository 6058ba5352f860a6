package dev.qualwatch.local;

import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@code ./local-run}.
 *
 * @param sandbox whether the poll lists the real MTurk sandbox instead of the simulator
 * @param qualificationTypeIds the types to watch; empty watches every type of the caller's
 * @param serve whether to serve the query API after the polls
 * @param apiPort the query API's port on 127.0.0.1
 */
record LocalRunOptions(
    boolean sandbox, List<String> qualificationTypeIds, boolean serve, int apiPort) {

  static final String USAGE = """
      usage: ./local-run [--mturk simulator|sandbox] [--types ID1,ID2] [--no-serve] [--port N]
        --mturk simulator  poll the MTurk simulator seeded with demo requests (the default)
        --mturk sandbox    poll the real MTurk sandbox with your own AWS credentials
        --types ID1,ID2    watch only these qualification types (QUALIFICATION_TYPE_IDS)
        --no-serve         stop after the two polls instead of serving the query API
        --port N           the query API's port (default 3000)
      ./local-run --benchmark   polls 10,000 requests over 5 types twice and prints the calls""";

  static final int DEFAULT_PORT = 3000;

  LocalRunOptions {
    qualificationTypeIds = List.copyOf(qualificationTypeIds);
  }

  /** @throws IllegalArgumentException naming the argument that is wrong */
  static LocalRunOptions parse(String... args) {
    boolean sandbox = false;
    List<String> types = List.of();
    boolean serve = true;
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mturk" -> sandbox = target(value(args, ++i, "--mturk"));
        case "--types" -> types = types(value(args, ++i, "--types"));
        case "--no-serve" -> serve = false;
        case "--port" -> port = port(value(args, ++i, "--port"));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    return new LocalRunOptions(sandbox, types, serve, port);
  }

  String qualificationTypeIdsVariable() {
    return String.join(",", qualificationTypeIds);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static boolean target(String value) {
    return switch (value) {
      case "simulator" -> false;
      case "sandbox" -> true;
      default -> throw new IllegalArgumentException("--mturk is '" + value
          + "'; give simulator or sandbox (production is not offered for local runs)");
    };
  }

  private static List<String> types(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port is '" + value + "'; give a port from 1 to 65535");
    }
  }
}
