package dev.vigil.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Prometheus (Debian's {@code prometheus}) on a free loopback port, scraping one target
 * every second and evaluating a rule file every second, with its storage and log in a directory.
 */
final class RealPrometheus implements AutoCloseable {

  private final Process process;
  private final URI url;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private RealPrometheus(Process process, URI url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  static RealPrometheus start(Path dir, int targetPort, Path rules) throws Exception {
    Path binary = DebianBinary.PROMETHEUS.require();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        rule_files: ["%s"]
        scrape_configs:
          - job_name: vigil
            static_configs: [{targets: ["127.0.0.1:%d"]}]
        """
            .formatted(rules.toAbsolutePath(), targetPort));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = dir.resolve("prometheus.log");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    RealPrometheus prometheus =
        new RealPrometheus(process, URI.create("http://127.0.0.1:" + port), log);
    prometheus.awaitReady();
    return prometheus;
  }

  /** The JSON answer of the HTTP API at this path (e.g. {@code /api/v1/rules}). */
  JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(url.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(answer.body());
  }

  /** The answer of an instant query: {@code status}, {@code data.result}, or {@code error}. */
  JsonNode query(String promql) throws IOException, InterruptedException {
    return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
  }

  /** What Prometheus logged, to explain a failure. */
  String log() throws IOException {
    return Files.readString(log);
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(url.resolve("/-/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(100);
    }
    close();
    throw new IllegalStateException("Prometheus did not start within 30 s:\n" + log());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
