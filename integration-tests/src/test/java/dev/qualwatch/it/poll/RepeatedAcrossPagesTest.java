package dev.qualwatch.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.qualwatch.local.MotoServer;
import dev.qualwatch.poll.PollResult;
import dev.qualwatch.poll.Poller;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MTurk may list a request on two pages when requests come and go between calls. A stand-in that
 * speaks MTurk's JSON 1.1 protocol serves exactly such a listing: request B on both pages.
 */
class RepeatedAcrossPagesTest {
  private static final String PAGE_ONE = """
      {"NumResults":2,"NextToken":"page-two","QualificationRequests":[
       {"QualificationRequestId":"3AAAAAAAAAAAAAAAAAAAAAAAAAAAAA","QualificationTypeId":"3TYPE",
        "WorkerId":"A1","SubmitTime":1.7647776E9},
       {"QualificationRequestId":"3BBBBBBBBBBBBBBBBBBBBBBBBBBBBB","QualificationTypeId":"3TYPE",
        "WorkerId":"A2","SubmitTime":1.7647777E9}]}""";
  private static final String PAGE_TWO = """
      {"NumResults":2,"QualificationRequests":[
       {"QualificationRequestId":"3BBBBBBBBBBBBBBBBBBBBBBBBBBBBB","QualificationTypeId":"3TYPE",
        "WorkerId":"A2","SubmitTime":1.7647777E9},
       {"QualificationRequestId":"3CCCCCCCCCCCCCCCCCCCCCCCCCCCCC","QualificationTypeId":"3TYPE",
        "WorkerId":"A3","SubmitTime":1.7647778E9}]}""";

  private static MotoServer moto;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  @Test
  void aRequestListedOnTwoPagesCountsOnceAndIsNotifiedOnce() throws Exception {
    HttpServer mturk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    mturk.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      respond(exchange, body.contains("page-two") ? PAGE_TWO : PAGE_ONE);
    });
    mturk.start();
    try (PollFixture world = new PollFixture(moto.endpoint())) {
      URI endpoint = URI.create("http://127.0.0.1:" + mturk.getAddress().getPort());
      Poller poller = Poller.create(world.config(), PollFixture.mturkClient(endpoint),
          world.dynamoDb, world.sns, world.clock);

      PollResult result = poller.poll(() -> 600_000);

      assertEquals(2, result.pages());
      assertEquals(3, result.listed());
      assertEquals(3, result.newRequests());
      List<JsonNode> digests = world.receivedDigests();
      assertEquals(List.of("3AAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "3BBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
          "3CCCCCCCCCCCCCCCCCCCCCCCCCCCCC"), PollFixture.notifiedIds(digests));
    } finally {
      mturk.stop(0);
    }
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
