package dev.vigil.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
  private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");

  private final LoadOptions options;
  private final LoadRun load;
  private final PredictionBodies bodies;
  private final AtomicLong predictionsStored = new AtomicLong();

  private IngestLoad(LoadOptions options) {
    this.options = options;
    this.load = new LoadRun(options.connections(), options.maxRequests());
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
    URI url = URI.create(options.baseUrl() + "/api/v1/models/" + options.model() + "/predictions");
    long start = System.nanoTime();
    long[] latencies = load.runFor(options.seconds(), true, ingest(url));
    double elapsed = (System.nanoTime() - start) / 1e9;
    report(new LatencySummary(latencies), elapsed);
    return load.errors() == 0;
  }

  private void registerModel() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        load.send(
            post(
                URI.create(options.baseUrl() + "/api/v1/models"),
                PredictionBodies.registration(options.model())));
    if (answer.statusCode() != 201 && answer.statusCode() != 409) {
      throw new IllegalStateException(
          "registering the model: " + answer.statusCode() + " " + answer.body());
    }
  }

  /** Batches of fresh predictions, each fully accepted or a duplicate. */
  private LoadRun.Exchange ingest(URI url) {
    return new LoadRun.Exchange() {
      @Override
      public HttpRequest.Builder request(int connection, int n) {
        return post(url, bodies.nextBatch(options.batchSize()));
      }

      @Override
      public String check(HttpResponse<String> answer) {
        return IngestLoad.this.check(answer);
      }
    };
  }

  private String check(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      return "status " + answer.statusCode() + ": " + LoadRun.abbreviate(answer.body());
    }
    long accepted = firstNumber(ACCEPTED, answer.body());
    long duplicates = firstNumber(DUPLICATES, answer.body());
    if (accepted < 0 || duplicates < 0 || accepted + duplicates != options.batchSize()) {
      return "accepted " + accepted + " + duplicates " + duplicates + " != " + options.batchSize();
    }
    predictionsStored.addAndGet(accepted);
    return null;
  }

  private static HttpRequest.Builder post(URI url, String body) {
    return HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private void report(LatencySummary latencies, double elapsedSeconds) {
    load.printThroughput(latencies, elapsedSeconds);
    System.out.printf(
        "predictions      %d stored (%.0f/s)%n",
        predictionsStored.get(), predictionsStored.get() / elapsedSeconds);
    load.printLatencyAndErrors(latencies);
    load.printFirstErrors();
  }

  private static long firstNumber(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
