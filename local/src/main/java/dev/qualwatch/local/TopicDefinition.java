package dev.qualwatch.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;
import software.amazon.awssdk.services.sns.model.Tag;

/**
 * An {@code AWS::SNS::Topic}'s properties turned into a CreateTopic request. The topic's name
 * comes from the caller, subscriptions from the local run itself, and properties that moto_server
 * does not honour (such as {@code KmsMasterKeyId}) are skipped.
 */
final class TopicDefinition {
  /** Properties that CreateTopic takes as attributes of the same name. */
  private static final List<String> ATTRIBUTES =
      List.of("DisplayName", "FifoTopic", "ContentBasedDeduplication");
  private static final String TAGS = "Tags";

  private final PropertyMap properties;

  TopicDefinition(String where, Map<String, Object> properties) {
    this.properties = new PropertyMap(where, properties);
  }

  CreateTopicRequest createTopicRequest(String topicName) {
    Map<String, String> attributes = new LinkedHashMap<>();
    ATTRIBUTES.forEach(name -> properties.optionalString(name)
        .ifPresent(value -> attributes.put(name, value)));
    List<Tag> tags = properties.maps(TAGS).stream()
        .map(tag -> Tag.builder().key(tag.string("Key")).value(tag.string("Value")).build())
        .toList();

    CreateTopicRequest.Builder request = CreateTopicRequest.builder()
        .name(topicName)
        .attributes(attributes);
    return tags.isEmpty() ? request.build() : request.tags(tags).build();
  }

  List<String> skipped() {
    return properties.names().stream()
        .filter(name -> !ATTRIBUTES.contains(name) && !name.equals(TAGS))
        .map(name -> properties.path() + "." + name)
        .toList();
  }
}
