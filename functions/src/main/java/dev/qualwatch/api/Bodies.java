package dev.qualwatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qualwatch.store.PollState;
import dev.qualwatch.store.PollState.TypeState;
import dev.qualwatch.store.StoredRequest;
import dev.qualwatch.store.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Writes the API's answers: requests as JSON or CSV, the watched types, problems. */
final class Bodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The fields of a request, in answer order; the same for JSON and CSV. */
  private static final Map<String, Function<StoredRequest, String>> SUMMARY = fields();
  private static final Map<String, Function<StoredRequest, String>> TEST_AND_ANSWER =
      testAndAnswer();

  private Bodies() {}

  static String requestList(List<StoredRequest> requests, String nextToken, boolean withAnswer) {
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode items = body.putArray("items");
    requests.forEach(request -> items.add(request(request, withAnswer)));
    body.put("nextToken", nextToken);
    return write(body);
  }

  static String request(StoredRequest request) {
    return write(request(request, true));
  }

  static String requestCsv(List<StoredRequest> requests, boolean withAnswer) {
    Map<String, Function<StoredRequest, String>> columns = columns(withAnswer);
    StringBuilder csv = new StringBuilder(Csv.line(List.copyOf(columns.keySet())));
    for (StoredRequest request : requests) {
      List<String> cells = new ArrayList<>(columns.size());
      columns.values().forEach(column -> cells.add(column.apply(request)));
      csv.append(Csv.line(cells));
    }
    return csv.toString();
  }

  static String qualificationTypes(PollState state) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("lastSuccessfulPollAt", time(state.lastSuccessfulPollAt()));
    ArrayNode types = body.putArray("qualificationTypes");
    new TreeMap<>(state.types()).forEach((typeId, type) -> types.add(type(typeId, type)));
    return write(body);
  }

  static String problem(Problem problem, String requestId) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    if (problem.parameter() != null) {
      body.put("parameter", problem.parameter());
    }
    body.put("requestId", requestId);
    return write(body);
  }

  private static ObjectNode request(StoredRequest request, boolean withAnswer) {
    ObjectNode node = MAPPER.createObjectNode();
    columns(withAnswer).forEach((name, field) -> node.put(name, field.apply(request)));
    return node;
  }

  private static ObjectNode type(String typeId, TypeState type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("qualificationTypeId", typeId);
    node.put("pendingCount", type.pendingCount());
    node.put("newestSubmitTime", time(type.newestSubmitTime()));
    node.put("lastListedAt", time(type.lastListedAt()));
    return node;
  }

  private static Map<String, Function<StoredRequest, String>> columns(boolean withAnswer) {
    if (!withAnswer) {
      return SUMMARY;
    }
    Map<String, Function<StoredRequest, String>> columns = new LinkedHashMap<>(SUMMARY);
    columns.putAll(TEST_AND_ANSWER);
    return columns;
  }

  private static Map<String, Function<StoredRequest, String>> fields() {
    Map<String, Function<StoredRequest, String>> fields = new LinkedHashMap<>();
    fields.put("qualificationRequestId", StoredRequest::qualificationRequestId);
    fields.put("qualificationTypeId", StoredRequest::qualificationTypeId);
    fields.put("workerId", StoredRequest::workerId);
    fields.put("submitTime", request -> time(request.submitTime()));
    fields.put("firstSeenAt", request -> time(request.firstSeenAt()));
    fields.put("status", StoredRequest::status);
    fields.put("resolvedAt", request -> time(request.resolvedAt()));
    return fields;
  }

  private static Map<String, Function<StoredRequest, String>> testAndAnswer() {
    Map<String, Function<StoredRequest, String>> fields = new LinkedHashMap<>();
    fields.put("test", StoredRequest::test);
    fields.put("answer", StoredRequest::answer);
    return fields;
  }

  private static String time(Instant instant) {
    return instant == null ? null : Timestamps.format(instant);
  }

  private static String write(ObjectNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
