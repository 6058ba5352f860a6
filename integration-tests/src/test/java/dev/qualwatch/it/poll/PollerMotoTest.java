package dev.qualwatch.it.poll;

import dev.qualwatch.local.MotoServer;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The poller's scenarios against a moto_server that the test starts on a free port. */
class PollerMotoTest extends PollerScenarios {
  private static MotoServer moto;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  @Override
  URI awsEndpoint() {
    return moto.endpoint();
  }
}
