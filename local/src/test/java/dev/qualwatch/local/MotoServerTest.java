package dev.qualwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

class MotoServerTest {

  @Test
  void start_answersOnLoopbackAndCloseStopsIt() {
    MotoServer moto = MotoServer.start();
    ProcessHandle process;
    try (SqsClient sqs = LocalClients.sqs(moto.endpoint())) {
      sqs.createQueue(b -> b.queueName("probe"));

      assertThat(moto.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(sqs.listQueues().queueUrls()).hasSize(1);
      process = ProcessHandle.of(moto.pid()).orElseThrow();
    } finally {
      moto.close();
    }

    assertThat(process.isAlive()).isFalse();
  }

  @Test
  void reset_dropsEverythingCreated() {
    try (MotoServer moto = MotoServer.start(); SqsClient sqs = LocalClients.sqs(moto.endpoint())) {
      sqs.createQueue(b -> b.queueName("probe"));

      moto.reset();

      assertThat(sqs.listQueues().queueUrls()).isEmpty();
    }
  }

  @Test
  void start_twice_givesTwoServersOnDifferentPorts() {
    try (MotoServer first = MotoServer.start(); MotoServer second = MotoServer.start()) {
      assertThat(first.endpoint()).isNotEqualTo(second.endpoint());
    }
  }
}
