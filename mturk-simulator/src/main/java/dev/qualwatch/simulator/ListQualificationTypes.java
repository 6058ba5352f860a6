package dev.qualwatch.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Lists qualification types in creation order. {@code Query} keeps types whose name, description
 * or keywords contain every word of it; {@code MustBeRequestable} is required, as in MTurk.
 */
final class ListQualificationTypes implements Operation {

  static final String NAME = "ListQualificationTypes";

  private static final String LISTING = "types";

  private final RequestStore store;
  private final PageTokens tokens;
  private final AtomicInteger pageSizeCap;

  ListQualificationTypes(RequestStore store, PageTokens tokens, AtomicInteger pageSizeCap) {
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
    String query = Inputs.optionalString(input, "Query");
    boolean requestable = Inputs.requiredBoolean(input, "MustBeRequestable");
    Boolean owned = Inputs.optionalBoolean(input, "MustBeOwnedByCaller");
    boolean ownedOnly = owned != null && owned;
    int limit = Math.min(Inputs.maxResults(input), pageSizeCap.get());
    String token = Inputs.optionalString(input, "NextToken");
    String filter = (query == null ? "" : query) + "|" + requestable + "|" + ownedOnly;

    Position after = token == null ? null : tokens.read(token, LISTING, filter);
    Page<QualificationTypeEntry> page =
        store.typesAfter(filterOf(query, requestable, ownedOnly), after, limit);

    return answer(page, filter);
  }

  private static Predicate<QualificationTypeEntry> filterOf(
      String query, boolean requestable, boolean ownedOnly) {
    return type -> (query == null || query.isBlank() || type.matches(query.strip()))
        && (!requestable || type.requestable())
        && (!ownedOnly || type.ownedByCaller());
  }

  private ObjectNode answer(Page<QualificationTypeEntry> page, String filter) {
    ObjectNode output = WireJson.object();
    output.put("NumResults", page.items().size());
    if (page.more()) {
      QualificationTypeEntry last = page.items().get(page.items().size() - 1);
      output.put("NextToken", tokens.issue(LISTING, filter, last.position()));
    }
    ArrayNode types = output.putArray("QualificationTypes");
    for (QualificationTypeEntry type : page.items()) {
      types.add(toJson(type));
    }
    return output;
  }

  private static ObjectNode toJson(QualificationTypeEntry type) {
    ObjectNode node = WireJson.object();
    node.put("QualificationTypeId", type.qualificationTypeId());
    WireJson.putTimestamp(node, "CreationTime", type.creationTime());
    node.put("Name", type.name());
    node.put("Description", type.description());
    if (!type.keywords().isEmpty()) {
      node.put("Keywords", type.keywords());
    }
    node.put("QualificationTypeStatus", "Active");
    node.put("IsRequestable", type.requestable());
    node.put("AutoGranted", false);
    return node;
  }
}
