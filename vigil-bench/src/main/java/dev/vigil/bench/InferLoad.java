package dev.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private final InferOptions options;
  private final LoadRun load;
  private InferBodies bodies;

  private InferLoad(InferOptions options) {
    this.options = options;
    this.load = new LoadRun(options.connections(), options.maxRequests());
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
    HttpResponse<String> metadata = load.send(HttpRequest.newBuilder(URI.create(model)).GET());
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
    LoadRun.Exchange infer = infer(URI.create(model + "/infer"));
    load.runFor(options.warmupSeconds(), false, infer);
    long errorsInWarmup = load.restart();
    long start = System.nanoTime();
    long[] latencies = load.runFor(options.seconds(), true, infer);
    double elapsed = (System.nanoTime() - start) / 1e9;
    report(new LatencySummary(latencies), elapsed, dropped() - droppedBefore);
    return load.errors() == 0 && errorsInWarmup == 0;
  }

  /** V2 infer requests; each connection starts at its own offset in the bodies. */
  private LoadRun.Exchange infer(URI url) {
    return new LoadRun.Exchange() {
      @Override
      public HttpRequest.Builder request(int connection, int n) {
        return HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(bodies.body(connection * 1_000L + n)));
      }

      @Override
      public String check(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && answer.body().contains("\"probability\"")
            ? null
            : "status " + answer.statusCode() + ": " + LoadRun.abbreviate(answer.body());
      }
    };
  }

  /** The server's count of this model's dropped served predictions, from {@code /metrics}. */
  private double dropped() throws IOException, InterruptedException {
    HttpResponse<String> metrics =
        load.send(HttpRequest.newBuilder(URI.create(options.baseUrl() + "/metrics")).GET());
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

  private void report(LatencySummary latencies, double elapsedSeconds, double dropped) {
    load.printThroughput(latencies, elapsedSeconds);
    System.out.printf(
        "rows             %d (%.0f/s)%n",
        (long) latencies.count() * options.rows(),
        latencies.count() * (double) options.rows() / elapsedSeconds);
    load.printLatencyAndErrors(latencies);
    System.out.printf(
        "dropped          %.0f served predictions not kept for monitoring%n", dropped);
    load.printFirstErrors();
  }
}
