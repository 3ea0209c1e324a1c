package dev.vigil.app.train;

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
 * A real Prometheus Pushgateway (Debian's {@code prometheus-pushgateway}, which {@code .ci/run}
 * installs) on a free loopback port. Skipped only outside CI on a machine without it.
 */
public final class RealPushgateway implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/prometheus-pushgateway");

  private final Process process;
  private final URI url;

  private RealPushgateway(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  public static RealPushgateway start() throws Exception {
    if (!Files.isExecutable(BINARY)) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(BINARY + " is missing; .ci/run installs it");
      }
      Assumptions.abort(BINARY + " is not installed (apt-get install prometheus-pushgateway)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder(BINARY.toString(), "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    RealPushgateway gateway = new RealPushgateway(process, URI.create("http://127.0.0.1:" + port));
    gateway.awaitReady();
    return gateway;
  }

  public URI url() {
    return url;
  }

  /** The Pushgateway's own /metrics page: every pushed series with its grouping labels. */
  public String scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(url.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  private void awaitReady() throws InterruptedException {
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
    close();
    throw new IllegalStateException("the Pushgateway did not start within 20 s");
  }

  @Override
  public void close() {
    process.destroy();
  }
}
