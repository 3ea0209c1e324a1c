package dev.vigil.bench;

import java.io.IOException;
import java.net.URI;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for durable ingest over HTTP: registers a 12-feature model if absent, then sends
 * batches of predictions from several connections until a time (or request) limit, and prints
 * throughput, request latency percentiles and errors. Loopback URLs only. Run by hand
 * (docs/BENCHMARKS.md, tools/load/ingest-load.sh); exit status 1 if any request failed.
 */
public final class IngestLoad {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
  private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");
  private static final int ERRORS_SHOWN = 5;

  private final LoadOptions options;
  private final HttpClient client;
  private final PredictionBodies bodies;
  private final AtomicLong requestsClaimed = new AtomicLong();
  private final AtomicLong predictionsStored = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

  private IngestLoad(LoadOptions options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.bodies = new PredictionBodies(Long.toString(System.currentTimeMillis(), 36));
  }

  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("IngestLoad: " + e.getMessage());
      System.err.println(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new IngestLoad(options).run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    registerModel();
    System.out.printf(
        "IngestLoad: %s model %s, batches of %d, %d connections, %d s%s%n",
        options.baseUrl(),
        options.model(),
        options.batchSize(),
        options.connections(),
        options.seconds(),
        options.maxRequests() > 0 ? " or " + options.maxRequests() + " requests" : "");
    long start = System.nanoTime();
    long deadline = start + options.seconds() * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(options.connections());
    List<Future<long[]>> workers = new ArrayList<>();
    for (int c = 0; c < options.connections(); c++) {
      workers.add(pool.submit(() -> sendUntil(deadline)));
    }
    List<long[]> perWorker = new ArrayList<>();
    for (Future<long[]> worker : workers) {
      perWorker.add(worker.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    report(new LatencySummary(concat(perWorker)), elapsed);
    return errors.get() == 0;
  }

  private void registerModel() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        post(options.baseUrl() + "/api/v1/models", PredictionBodies.registration(options.model()));
    if (answer.statusCode() != 201 && answer.statusCode() != 409) {
      throw new IllegalStateException(
          "registering the model: " + answer.statusCode() + " " + answer.body());
    }
  }

  /** One connection's loop; returns its request latencies in nanoseconds. */
  private long[] sendUntil(long deadline) {
    String url = options.baseUrl() + "/api/v1/models/" + options.model() + "/predictions";
    long[] latencies = new long[1024];
    int n = 0;
    while (System.nanoTime() < deadline && claimRequest()) {
      String body = bodies.nextBatch(options.batchSize());
      long sent = System.nanoTime();
      try {
        HttpResponse<String> answer = post(url, body);
        long latency = System.nanoTime() - sent;
        if (n == latencies.length) {
          latencies = Arrays.copyOf(latencies, n * 2);
        }
        latencies[n++] = latency;
        check(answer);
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
    return options.maxRequests() == 0 || requestsClaimed.incrementAndGet() <= options.maxRequests();
  }

  private void check(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      fail("status " + answer.statusCode() + ": " + abbreviate(answer.body()));
      return;
    }
    long accepted = firstNumber(ACCEPTED, answer.body());
    long duplicates = firstNumber(DUPLICATES, answer.body());
    if (accepted < 0 || duplicates < 0 || accepted + duplicates != options.batchSize()) {
      fail("accepted " + accepted + " + duplicates " + duplicates + " != " + options.batchSize());
      return;
    }
    predictionsStored.addAndGet(accepted);
  }

  private void fail(String message) {
    if (errors.incrementAndGet() <= ERRORS_SHOWN) {
      firstErrors.add(message);
    }
  }

  private HttpResponse<String> post(String url, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private void report(LatencySummary latencies, double elapsedSeconds) {
    System.out.printf("elapsed          %.2f s%n", elapsedSeconds);
    System.out.printf(
        "requests         %d (%.1f/s)%n", latencies.count(), latencies.count() / elapsedSeconds);
    System.out.printf(
        "predictions      %d stored (%.0f/s)%n",
        predictionsStored.get(), predictionsStored.get() / elapsedSeconds);
    System.out.printf(
        "latency ms       p50 %.2f  p99 %.2f  max %.2f%n",
        latencies.percentileMillis(0.50), latencies.percentileMillis(0.99), latencies.maxMillis());
    System.out.printf("errors           %d%n", errors.get());
    firstErrors.forEach(e -> System.out.println("  error: " + e));
  }

  private static long firstNumber(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String abbreviate(String text) {
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
