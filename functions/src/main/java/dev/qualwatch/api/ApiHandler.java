package dev.qualwatch.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.qualwatch.config.AwsClients;
import dev.qualwatch.config.Env;
import dev.qualwatch.store.DynamoDbRequestReader;
import dev.qualwatch.store.RequestReader;

/**
 * The query API behind the HTTP API's three GET routes (docs/api.md): maps the event to a call,
 * lets {@link QueryApi} answer it, and turns refusals into 4xx problems and any other failure into
 * a 500 that carries only the Lambda request id.
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final QueryApi api;
  private final AccessLog log = new AccessLog();

  /** For Lambda: reads {@code TABLE_NAME} and {@code AWS_REGION} and builds the client once. */
  public ApiHandler() {
    this(readerFor(Env.system()));
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
