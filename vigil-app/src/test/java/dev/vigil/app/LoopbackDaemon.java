package dev.vigil.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A real Prometheus-family server (Prometheus, the Pushgateway, Alertmanager) run from its Debian
 * binary on a free loopback port, its output logged in a directory, started once it answers {@code
 * GET /-/ready}; closing stops it.
 */
public final class LoopbackDaemon implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final URI url;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private LoopbackDaemon(Process process, URI url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /**
   * @param arguments the arguments after the binary, given the port it must listen on
   */
  public static LoopbackDaemon start(
      DebianBinary binary, Path dir, IntFunction<List<String>> arguments) throws Exception {
    Path executable = binary.require();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments.apply(port));
    Path log = dir.resolve(executable.getFileName() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    LoopbackDaemon daemon =
        new LoopbackDaemon(process, URI.create("http://127.0.0.1:" + port), log);
    daemon.awaitReady(executable);
    return daemon;
  }

  public URI url() {
    return url;
  }

  /** The body of {@code GET} at this path and query (e.g. {@code /metrics}). */
  public String get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(url.resolve(pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** What the server logged, to explain a failure. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  private void awaitReady(Path executable) throws Exception {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
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
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException(
        executable + " did not start within " + START_LIMIT.toSeconds() + " s:\n" + log());
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
