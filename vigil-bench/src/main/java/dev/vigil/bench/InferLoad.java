package dev.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Load generator for inference over HTTP: reads a served model's V2 metadata, then posts V2 infer
 * requests of {@code rows} rows from several connections, first for a warm-up that is not measured,
 * then until a time (or request) limit, and prints throughput, latency percentiles, errors and the
 * served predictions the server dropped (not kept for monitoring). Loopback URLs only. Run by hand
 * (docs/SERVING.md, tools/load/infer-load.sh); exit status 1 if any request failed.
 */
public final class InferLoad {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final int ERRORS_SHOWN = 5;

  private final InferOptions options;
  private final HttpClient client;
  private final AtomicLong requestsClaimed = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();
  private InferBodies bodies;

  private InferLoad(InferOptions options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static void main(String[] args) throws Exception {
    InferOptions options;
    try {
      options = InferOptions.parse(args);
    } catch (IllegalArgumentException | NullPointerException e) {
      System.err.println(
          "InferLoad: " + (e.getMessage() == null ? "--model is required" : e.getMessage()));
      System.err.println(InferOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new InferLoad(options).run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    String model = options.baseUrl() + "/v2/models/" + options.model();
    HttpResponse<String> metadata = send(HttpRequest.newBuilder(URI.create(model)).GET());
    if (metadata.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + model + ": " + metadata.statusCode() + " " + metadata.body());
    }
    bodies = new InferBodies(new ObjectMapper().readTree(metadata.body()), options.rows(), 42);
    System.out.printf(
        "InferLoad: %s/infer, %d row(s) a request, %d connection(s), %d s warm-up, %d s%s%n",
        model,
        options.rows(),
        options.connections(),
        options.warmupSeconds(),
        options.seconds(),
        options.maxRequests() > 0 ? " or " + options.maxRequests() + " requests" : "");
    double droppedBefore = dropped();
    runFor(options.warmupSeconds(), false);
    long errorsInWarmup = errors.getAndSet(0);
    requestsClaimed.set(0);
    long start = System.nanoTime();
    long[] latencies = runFor(options.seconds(), true);
    double elapsed = (System.nanoTime() - start) / 1e9;
    report(new LatencySummary(latencies), elapsed, dropped() - droppedBefore);
    return errors.get() == 0 && errorsInWarmup == 0;
  }

  /** Every connection sends for {@code seconds}; returns all latencies when {@code measured}. */
  private long[] runFor(int seconds, boolean measured) throws Exception {
    if (seconds == 0) {
      return new long[0];
    }
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(options.connections());
    List<Future<long[]>> workers = new ArrayList<>();
    for (int c = 0; c < options.connections(); c++) {
      long offset = c * 1_000L;
      workers.add(pool.submit(() -> sendUntil(deadline, offset, measured)));
    }
    List<long[]> perWorker = new ArrayList<>();
    for (Future<long[]> worker : workers) {
      perWorker.add(worker.get());
    }
    pool.shutdown();
    return concat(perWorker);
  }

  /** One connection's loop; returns its request latencies in nanoseconds. */
  private long[] sendUntil(long deadline, long offset, boolean measured) {
    URI url = URI.create(options.baseUrl() + "/v2/models/" + options.model() + "/infer");
    long[] latencies = new long[1024];
    int n = 0;
    while (System.nanoTime() < deadline && (!measured || claimRequest())) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.body(offset + n)));
      long sent = System.nanoTime();
      try {
        HttpResponse<String> answer = send(request);
        long latency = System.nanoTime() - sent;
        if (n == latencies.length) {
          latencies = Arrays.copyOf(latencies, n * 2);
        }
        latencies[n++] = latency;
        if (answer.statusCode() != 200 || !answer.body().contains("\"probability\"")) {
          fail("status " + answer.statusCode() + ": " + abbreviate(answer.body()));
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
    return options.maxRequests() == 0 || requestsClaimed.incrementAndGet() <= options.maxRequests();
  }

  /** The server's count of this model's dropped served predictions, from {@code /metrics}. */
  private double dropped() throws IOException, InterruptedException {
    HttpResponse<String> metrics =
        send(HttpRequest.newBuilder(URI.create(options.baseUrl() + "/metrics")).GET());
    Pattern series =
        Pattern.compile(
            "^vigil_served_predictions_dropped_total\\{[^}]*model=\""
                + Pattern.quote(options.model())
                + "\"[^}]*\\} (\\S+)$",
            Pattern.MULTILINE);
    double total = 0;
    Matcher m = series.matcher(metrics.body());
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return total;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void fail(String message) {
    if (errors.incrementAndGet() <= ERRORS_SHOWN) {
      firstErrors.add(message);
    }
  }

  private void report(LatencySummary latencies, double elapsedSeconds, double dropped) {
    System.out.printf("elapsed          %.2f s%n", elapsedSeconds);
    System.out.printf(
        "requests         %d (%.1f/s)%n", latencies.count(), latencies.count() / elapsedSeconds);
    System.out.printf(
        "rows             %d (%.0f/s)%n",
        (long) latencies.count() * options.rows(),
        latencies.count() * (double) options.rows() / elapsedSeconds);
    System.out.printf(
        "latency ms       p50 %.3f  p99 %.3f  max %.3f%n",
        latencies.percentileMillis(0.50), latencies.percentileMillis(0.99), latencies.maxMillis());
    System.out.printf("errors           %d%n", errors.get());
    System.out.printf(
        "dropped          %.0f served predictions not kept for monitoring%n", dropped);
    firstErrors.forEach(e -> System.out.println("  error: " + e));
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
