package dev.qualwatch.it.poll;

import java.net.URI;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The same scenarios against LocalStack in a container. Skipped, not failed, where no Docker
 * engine answers (as on the project's CI machines, which have none).
 */
@Testcontainers(disabledWithoutDocker = true)
class PollerLocalStackTest extends PollerScenarios {
  @Container
  private static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
          .withServices(Service.DYNAMODB, Service.SNS, Service.SQS);

  @Override
  URI awsEndpoint() {
    return LOCALSTACK.getEndpoint();
  }
}
