package dev.qualwatch.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Lists pending qualification requests, oldest submit time first, one page per call. */
final class ListQualificationRequests implements Operation {

  static final String NAME = "ListQualificationRequests";

  private static final String LISTING = "requests";

  private final RequestStore store;
  private final PageTokens tokens;
  private final AtomicInteger pageSizeCap;

  ListQualificationRequests(RequestStore store, PageTokens tokens, AtomicInteger pageSizeCap) {
    this.store = store;
    this.tokens = tokens;
    this.pageSizeCap = pageSizeCap;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ObjectNode handle(JsonNode input) {
    String typeId = Inputs.optionalString(input, "QualificationTypeId");
    int limit = Math.min(Inputs.maxResults(input), pageSizeCap.get());
    String token = Inputs.optionalString(input, "NextToken");
    requireKnownType(typeId);
    String filter = typeId == null ? "" : typeId;

    Position after = token == null ? null : tokens.read(token, LISTING, filter);
    Page<SimulatedRequest> page = store.requestsAfter(typeId, after, limit);

    return answer(page, filter);
  }

  private void requireKnownType(String typeId) {
    if (typeId != null && !store.hasType(typeId)) {
      throw MTurkError.requestError("AWS.MechanicalTurk.QualificationTypeDoesNotExist",
          "Qualification type " + typeId + " does not exist.");
    }
  }

  private ObjectNode answer(Page<SimulatedRequest> page, String filter) {
    ObjectNode output = WireJson.object();
    output.put("NumResults", page.items().size());
    if (page.more()) {
      SimulatedRequest last = page.items().get(page.items().size() - 1);
      output.put("NextToken", tokens.issue(LISTING, filter, last.position()));
    }
    ArrayNode requests = output.putArray("QualificationRequests");
    for (SimulatedRequest request : page.items()) {
      requests.add(toJson(request));
    }
    return output;
  }

  private static ObjectNode toJson(SimulatedRequest request) {
    ObjectNode node = WireJson.object();
    node.put("QualificationRequestId", request.qualificationRequestId());
    node.put("QualificationTypeId", request.qualificationTypeId());
    node.put("WorkerId", request.workerId());
    WireJson.putIfPresent(node, "Test", request.test());
    WireJson.putIfPresent(node, "Answer", request.answer());
    WireJson.putTimestamp(node, "SubmitTime", request.submitTime());
    return node;
  }
}
