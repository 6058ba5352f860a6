package dev.qualwatch.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw AWS JSON 1.1 exchanges, for clients other than the AWS SDKs. */
class WireProtocolTest {

  private static final String TARGET = "MTurkRequesterServiceV20170117.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private MTurkSimulator simulator;

  @BeforeEach
  void start() {
    simulator = MTurkSimulator.start(0);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void list_writesSubmitTimeAsEpochSecondsWithFraction() throws Exception {
    simulator.submitRequest("3WIRETYPE", "A1WIRE", Instant.parse("2024-05-01T10:00:00.5Z"),
        null, null);

    HttpResponse<String> response = post(TARGET + "ListQualificationRequests", "{}");

    JsonNode request = JSON.readTree(response.body()).get("QualificationRequests").get(0);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.1");
    assertThat(request.get("SubmitTime").isNumber()).isTrue();
    assertThat(request.get("SubmitTime").decimalValue()).isEqualByComparingTo("1714557600.5");
    assertThat(request.has("Test")).isFalse();
    assertThat(JSON.readTree(response.body()).has("NextToken")).isFalse();
  }

  @Test
  void error_hasTypeMessageAndTurkErrorCode() throws Exception {
    HttpResponse<String> response =
        post(TARGET + "ListQualificationRequests", "{\"MaxResults\": 101}");

    JsonNode body = JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body.get("__type").asText()).isEqualTo("RequestError");
    assertThat(body.get("Message").asText()).contains("MaxResults");
    assertThat(body.get("TurkErrorCode").asText()).isEqualTo("AWS.ParameterOutOfRange");
  }

  @Test
  void serviceFault_isHttp500WithTypeServiceFault() throws Exception {
    simulator.failNext(1);

    HttpResponse<String> response = post(TARGET + "ListQualificationRequests", "{}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(JSON.readTree(response.body()).get("__type").asText()).isEqualTo("ServiceFault");
  }

  @Test
  void unknownOperation_isA400NamingTheOperation() throws Exception {
    HttpResponse<String> response = post(TARGET + "CreateHIT", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("UnknownOperationException").contains("CreateHIT");
    assertThat(simulator.calls("CreateHIT")).isEqualTo(1);
  }

  @Test
  void missingTarget_isA400ExplainingTheHeader() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(simulator.endpoint())
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("X-Amz-Target");
    assertThat(simulator.totalCalls()).isZero();
  }

  @Test
  void malformedJson_isA400SerializationException() throws Exception {
    HttpResponse<String> response = post(TARGET + "ListQualificationRequests", "{\"Max");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("__type").asText())
        .isEqualTo("SerializationException");
  }

  @Test
  void wronglyTypedMember_isARequestError() throws Exception {
    HttpResponse<String> response =
        post(TARGET + "ListQualificationRequests", "{\"MaxResults\": \"ten\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("RequestError").contains("MaxResults");
  }

  @Test
  void throttling_isA400ThrottlingException() throws Exception {
    simulator.throttleNext(1);

    HttpResponse<String> response = post(TARGET + "ListQualificationTypes", "{}");

    JsonNode body = JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body.get("__type").asText()).isEqualTo("ThrottlingException");
    assertThat(body.get("Message").asText()).isEqualTo("Rate exceeded");
  }

  private HttpResponse<String> post(String target, String body)
      throws IOException, InterruptedException {
    URI endpoint = simulator.endpoint();
    return send(HttpRequest.newBuilder(endpoint)
        .header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  private HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
