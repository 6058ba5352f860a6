package dev.qualwatch.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.qualwatch.local.LocalContext;
import dev.qualwatch.poll.PollResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crac.Resource;

/**
 * One cold start of one function, in a JVM that {@link ColdStartBenchmark} started with the
 * function's environment: builds the handler as Lambda's runtime does (by reflection, through the
 * no-argument constructor), reads the events with the runtime's serializer, calls the handler once
 * cold and then warm, and prints its {@link ChildTimings} after {@link ChildTimings#MARKER}.
 *
 * <p>Until the handler is built it uses no lambda, stream or string concatenation, so that the
 * JVM's first bootstrap of those falls into init, where the handler's own code meets it. Lambda's
 * runtime client runs code of its own before init and may have paid part of that already.
 *
 * <p>Each phase ends by loading a marker class, so that a {@code -Xlog:class+load} log of this
 * JVM can be cut into phases ({@link ClassLoadLog}).
 */
public final class ColdStartChild {
  private final ColdStartFunction function;
  private final Path eventsDir;
  private final int warmCalls;
  private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);

  private ColdStartChild(ColdStartFunction function, Path eventsDir, int warmCalls) {
    this.function = function;
    this.eventsDir = eventsDir;
    this.warmCalls = warmCalls;
  }

  /** {@code ColdStartChild POLL|API|API_PRIMED EVENTS_DIR WARM_CALLS}. */
  public static void main(String[] args) throws Exception {
    long mainEpochMs = System.currentTimeMillis();
    if (args.length != 3) {
      System.err.println("usage: ColdStartChild POLL|API|API_PRIMED EVENTS_DIR WARM_CALLS");
      System.exit(2);
    }
    ColdStartFunction function = ColdStartFunction.valueOf(args[0]);
    ColdStartChild child =
        new ColdStartChild(function, Path.of(args[1]), Integer.parseInt(args[2]));

    ChildTimings timings = child.measure(mainEpochMs);

    System.out.println(ChildTimings.MARKER + timings.toJson());
    System.exit(0);
  }

  private ChildTimings measure(long mainEpochMs) throws Exception {
    long started = System.nanoTime();
    RequestHandler<Object, Object> handler = construct();
    if (function.primed()) {
      ((Resource) handler).beforeCheckpoint(null);
    }
    double initMs = millisSince(started);
    reached(InitDone.class);

    started = System.nanoTime();
    List<Object> events = readEvents();
    double eventMs = millisSince(started);
    reached(EventsRead.class);

    double firstInvokeMs = invoke(handler, events.get(0), 0);
    reached(FirstInvokeDone.class);

    double warmMedianMs = warm(handler, events);
    reached(WarmDone.class);
    long jvmStartEpochMs = ManagementFactory.getRuntimeMXBean().getStartTime();
    return new ChildTimings(jvmStartEpochMs, mainEpochMs, initMs, eventMs, firstInvokeMs,
        warmMedianMs);
  }

  @SuppressWarnings("unchecked")
  private RequestHandler<Object, Object> construct() throws ReflectiveOperationException {
    Class<?> type = Class.forName(function.handlerClass());
    return (RequestHandler<Object, Object>) type.getDeclaredConstructor().newInstance();
  }

  private List<Object> readEvents() throws IOException, ClassNotFoundException {
    Class<?> type = Class.forName(function.eventClass());
    PojoSerializer<?> serializer =
        LambdaEventSerializers.serializerFor(type, ColdStartChild.class.getClassLoader());
    List<Object> events = new ArrayList<>();
    for (String name : function.eventFiles()) {
      try (InputStream in = Files.newInputStream(eventsDir.resolve(name))) {
        events.add(serializer.fromJson(in));
      }
    }
    return events;
  }

  /**
   * One call with a fresh context, as Lambda gives each invocation; its milliseconds. The request
   * id is made here rather than by {@link java.util.UUID}, whose first use starts a
   * {@code SecureRandom} the SDK would otherwise start itself, inside the timed call.
   */
  private double invoke(RequestHandler<Object, Object> handler, Object event, int call) {
    String requestId = new StringBuilder("cold-start-").append(call).toString();
    Context context =
        LocalContext.start(function.functionName(), requestId, function.timeout(), discard);
    long started = System.nanoTime();

    Object result = handler.handleRequest(event, context);

    double millis = millisSince(started);
    requireSuccess(result);
    return millis;
  }

  private double warm(RequestHandler<Object, Object> handler, List<Object> events) {
    double[] millis = new double[warmCalls];
    for (int i = 0; i < warmCalls; i++) {
      millis[i] = invoke(handler, events.get((i + 1) % events.size()), i + 1);
    }
    return Stats.median(millis);
  }

  /** A failed call would time an error path; stop instead, with what it answered. */
  private void requireSuccess(Object result) {
    if (function == ColdStartFunction.POLL && !((PollResult) result).complete()) {
      throw new IllegalStateException("the poll did not list every page: " + result);
    }
    if (function.isApi()
        && ((APIGatewayV2HTTPResponse) result).getStatusCode() != 200) {
      throw new IllegalStateException("the API answered " + result);
    }
  }

  private static double millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000.0;
  }

  /** Loads {@code mark}, which is all a marker does. */
  private static void reached(Class<?> mark) {
    if (mark == null) {
      throw new IllegalStateException("a phase marker class is missing");
    }
  }

  /** Loaded when the handler is built. */
  static final class InitDone {
    private InitDone() {}
  }

  /** Loaded when the events are read. */
  static final class EventsRead {
    private EventsRead() {}
  }

  /** Loaded after the first call. */
  static final class FirstInvokeDone {
    private FirstInvokeDone() {}
  }

  /** Loaded after the warm calls. */
  static final class WarmDone {
    private WarmDone() {}
  }
}
