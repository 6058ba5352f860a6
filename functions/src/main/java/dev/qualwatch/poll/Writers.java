package dev.qualwatch.poll;

import dev.qualwatch.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends independent single-item writes side by side. A page brings up to a hundred new requests,
 * each needing its own conditional PutItem (BatchWriteItem takes no conditions), and after a
 * publish each needs an UpdateItem: one at a time, 10,000 new requests would cost 20,000 round
 * trips in series, more than a Lambda timeout allows.
 */
final class Writers {
  /** Enough to hide round-trip latency; far below DynamoDB's per-partition limits. */
  static final int THREADS = 16;

  private final ExecutorService pool;

  private Writers(ExecutorService pool) {
    this.pool = pool;
  }

  /** Idle writer threads end after a minute, so that a JVM holding many pollers holds no crowd. */
  static Writers create() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "qualwatch-writer");
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return new Writers(pool);
  }

  /**
   * Applies {@code write} to every item and returns the results in the items' order. Waits for
   * every write, even after one failed, then throws the first failure.
   */
  <T, R> List<R> map(List<T> items, Function<T, R> write) {
    List<Future<R>> futures = new ArrayList<>(items.size());
    items.forEach(item -> futures.add(pool.submit(() -> write.apply(item))));
    List<R> results = new ArrayList<>(items.size());
    RuntimeException failure = null;
    for (Future<R> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        failure = failure != null ? failure : unwrap(e);
        results.add(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while waiting for writes", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  <T> void forEach(List<T> items, Consumer<T> write) {
    map(items, item -> {
      write.accept(item);
      return Boolean.TRUE;
    });
  }

  private static RuntimeException unwrap(ExecutionException e) {
    return e.getCause() instanceof RuntimeException runtime
        ? runtime
        : new StoreException("A write failed: " + e.getCause(), e.getCause());
  }
}
