package dev.qualwatch.notify;

import java.util.List;

/**
 * One SNS message of a digest.
 *
 * @param subject the e-mail subject, under SNS's 100 characters
 * @param message the {@code MessageStructure=json} body: text for e-mail, JSON for the rest
 * @param qualificationTypeIds the types it covers, sent as a message attribute for filtering
 * @param qualificationRequestIds the requests it carries
 */
public record DigestMessage(
    String subject,
    String message,
    List<String> qualificationTypeIds,
    List<String> qualificationRequestIds) {

  public DigestMessage {
    qualificationTypeIds = List.copyOf(qualificationTypeIds);
    qualificationRequestIds = List.copyOf(qualificationRequestIds);
  }

  public int count() {
    return qualificationRequestIds.size();
  }
}
