package dev.qualwatch.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AcceptQualificationRequest and RejectQualificationRequest. Both take the request out of the
 * pending listing and answer {@code {}}; the simulator keeps no granted qualifications, so
 * {@code IntegerValue} and {@code Reason} are validated and then dropped.
 */
final class ResolveQualificationRequest implements Operation {

  static final String ACCEPT = "AcceptQualificationRequest";
  static final String REJECT = "RejectQualificationRequest";

  private final String name;
  private final RequestStore store;

  private ResolveQualificationRequest(String name, RequestStore store) {
    this.name = name;
    this.store = store;
  }

  static ResolveQualificationRequest accept(RequestStore store) {
    return new ResolveQualificationRequest(ACCEPT, store);
  }

  static ResolveQualificationRequest reject(RequestStore store) {
    return new ResolveQualificationRequest(REJECT, store);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode handle(JsonNode input) {
    String id = Inputs.requiredString(input, "QualificationRequestId");
    if (name.equals(ACCEPT)) {
      Inputs.optionalInteger(input, "IntegerValue");
    } else {
      Inputs.optionalString(input, "Reason");
    }

    if (!store.remove(id)) {
      throw MTurkError.requestError("AWS.MechanicalTurk.QualificationRequestDoesNotExist",
          "Qualification request " + id + " does not exist or is no longer pending.");
    }

    return WireJson.object();
  }
}
