package dev.qualwatch.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One MTurk operation: a JSON input in, a JSON output or an {@link MTurkError} out. */
interface Operation {

  /** The name after the target prefix in {@code X-Amz-Target}. */
  String name();

  ObjectNode handle(JsonNode input);
}
