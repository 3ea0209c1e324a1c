package dev.vigil.app.alerting;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}, which {@code .ci/run}
 * installs) on a free loopback port, clustering off, routing everything to a receiver that drops
 * it: the API keeps the alerts, which is what the tests read. Skipped only outside CI on a machine
 * without it.
 */
final class RealAlertmanager implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
  private static final String CONFIG =
      "route:\n  receiver: drop\n  group_wait: 1s\nreceivers:\n  - name: drop\n";

  private final Process process;
  private final URI url;
  private final Path dir;

  private RealAlertmanager(Process process, URI url, Path dir) {
    this.process = process;
    this.url = url;
    this.dir = dir;
  }

  static RealAlertmanager start() throws Exception {
    if (!Files.isExecutable(BINARY)) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(BINARY + " is missing; .ci/run installs it");
      }
      Assumptions.abort(BINARY + " is not installed (apt-get install prometheus-alertmanager)");
    }
    Path dir = Files.createTempDirectory("vigil-alertmanager");
    Path config = Files.writeString(dir.resolve("alertmanager.yml"), CONFIG);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log").toFile())
            .start();
    RealAlertmanager manager =
        new RealAlertmanager(process, URI.create("http://127.0.0.1:" + port), dir);
    manager.awaitReady();
    return manager;
  }

  URI url() {
    return url;
  }

  /** {@code GET /api/v2/alerts} with the given query (e.g. {@code active=true}). */
  String alerts(String query) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(url.resolve("/api/v2/alerts?" + query)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(url.resolve("/-/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(50);
    }
    String log = Files.readString(dir.resolve("log"));
    close();
    throw new IllegalStateException("Alertmanager did not start within 20 s:\n" + log);
  }

  @Override
  public void close() {
    process.destroy();
  }
}
