package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.qualwatch.config.AwsClients;
import dev.qualwatch.config.Env;
import dev.qualwatch.store.DynamoDbRequestReader;
import dev.qualwatch.store.RequestReader;
import org.crac.Core;
import org.crac.Resource;

/**
 * The query API behind the HTTP API's three GET routes (docs/api.md): maps the event to a call,
 * lets {@link QueryApi} answer it, and turns refusals into 4xx problems and any other failure into
 * a 500 that carries only the Lambda request id.
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
  private final QueryApi api;
  private final AccessLog log = new AccessLog();

  /**
   * For Lambda: reads {@code TABLE_NAME} and {@code AWS_REGION}, builds the client once, and asks
   * to be primed before a SnapStart snapshot is taken.
   */
  public ApiHandler() {
    this(readerFor(Env.system()));
    Core.getGlobalContext().register(this);
  }

  ApiHandler(RequestReader reader) {
    this.api = new QueryApi(reader);
  }

  /** A handler over {@code reader}, for the local server, the benchmark and integration tests. */
  public static ApiHandler create(RequestReader reader) {
    return new ApiHandler(reader);
  }

  private static RequestReader readerFor(Env env) {
    ApiConfig config = ApiConfig.fromEnvironment(env);
    return DynamoDbRequestReader.create(AwsClients.dynamoDb(env), config.tableName());
  }

  /**
   * Primes the handler before SnapStart takes its snapshot: answers two calls through the whole
   * path (routing, one GetItem, one Query, JSON), so that the classes and the connection a first
   * call needs are in the snapshot rather than loaded by a waiting caller. The cold-start
   * benchmark measures what this saves. Priming that fails (the table unreachable at deploy
   * time) costs only its own time: it is never the caller's answer.
   */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    for (APIGatewayV2HTTPEvent event : Priming.events()) {
      handleRequest(event, null);
    }
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to renew: the SDK client opens new connections as the old ones are refused.
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    long started = System.nanoTime();
    String requestId = AccessLog.requestId(context);
    HttpCall call = GatewayEvents.toCall(event);
    ApiResponse response;
    try {
      response = api.answer(call);
    } catch (ProblemException e) {
      response = QueryApi.problem(e.problem(), requestId);
    } catch (RuntimeException e) {
      log.failed(context, call, e);
      response = QueryApi.problem(Problem.internal(requestId), requestId);
    }
    log.answered(context, call, response, (System.nanoTime() - started) / 1_000_000);
    return GatewayEvents.toEvent(response);
  }
}
