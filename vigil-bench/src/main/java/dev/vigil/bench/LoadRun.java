package dev.vigil.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load, the part every load generator shares: each connection sends its next
 * request as soon as the previous one is answered, until a deadline or a request limit shared by
 * all connections; latencies of answered requests are kept, failed ones counted (the first few kept
 * to show). Invariant: {@code maxRequests} 0 means no request limit.
 */
final class LoadRun {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final int ERRORS_SHOWN = 5;

  /** The requests of one generator. */
  interface Exchange {
    /**
     * Request {@code n} of a connection (counting answered ones), built before the clock starts.
     */
    HttpRequest.Builder request(int connection, int n);

    /** Null when the answer is right, else what is wrong with it. */
    String check(HttpResponse<String> answer);
  }

  private final int connections;
  private final long maxRequests;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final AtomicLong requestsClaimed = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

  LoadRun(int connections, long maxRequests) {
    this.connections = connections;
    this.maxRequests = maxRequests;
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(
        request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Every connection sends for {@code seconds}, within the request limit when {@code limited};
   * returns all latencies in nanoseconds.
   */
  long[] runFor(int seconds, boolean limited, Exchange exchange) throws Exception {
    if (seconds == 0) {
      return new long[0];
    }
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<long[]>> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int connection = c;
      workers.add(pool.submit(() -> sendUntil(deadline, connection, limited, exchange)));
    }
    List<long[]> perWorker = new ArrayList<>();
    for (Future<long[]> worker : workers) {
      perWorker.add(worker.get());
    }
    pool.shutdown();
    return concat(perWorker);
  }

  /** Counts requests and errors afresh, as after a warm-up; returns the errors until now. */
  long restart() {
    requestsClaimed.set(0);
    return errors.getAndSet(0);
  }

  long errors() {
    return errors.get();
  }

  /** The lines every report starts with. */
  void printThroughput(LatencySummary latencies, double elapsedSeconds) {
    System.out.printf("elapsed          %.2f s%n", elapsedSeconds);
    System.out.printf(
        "requests         %d (%.1f/s)%n", latencies.count(), latencies.count() / elapsedSeconds);
  }

  void printLatencyAndErrors(LatencySummary latencies) {
    System.out.printf(
        "latency ms       p50 %.3f  p99 %.3f  max %.3f%n",
        latencies.percentileMillis(0.50), latencies.percentileMillis(0.99), latencies.maxMillis());
    System.out.printf("errors           %d%n", errors.get());
  }

  void printFirstErrors() {
    firstErrors.forEach(e -> System.out.println("  error: " + e));
  }

  private long[] sendUntil(long deadline, int connection, boolean limited, Exchange exchange) {
    long[] latencies = new long[1024];
    int n = 0;
    while (System.nanoTime() < deadline && (!limited || claimRequest())) {
      HttpRequest.Builder request = exchange.request(connection, n);
      long sent = System.nanoTime();
      try {
        HttpResponse<String> answer = send(request);
        long latency = System.nanoTime() - sent;
        if (n == latencies.length) {
          latencies = Arrays.copyOf(latencies, n * 2);
        }
        latencies[n++] = latency;
        String wrong = exchange.check(answer);
        if (wrong != null) {
          fail(wrong);
        }
      } catch (IOException e) {
        fail(e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Arrays.copyOf(latencies, n);
  }

  private boolean claimRequest() {
    return maxRequests == 0 || requestsClaimed.incrementAndGet() <= maxRequests;
  }

  private void fail(String message) {
    if (errors.incrementAndGet() <= ERRORS_SHOWN) {
      firstErrors.add(message);
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
