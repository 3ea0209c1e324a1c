package dev.vigil.app.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vigil serve} in a JVM of its own (the test's classpath), on a free port, so that the test
 * can kill it as abruptly as a power cut: {@link Process#destroyForcibly} sends SIGKILL on Linux.
 */
final class ServerProcess {

  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the server on {@code dataDir} and waits until it answers {@code /readyz}. */
  static ServerProcess start(Path dataDir, Path log, String... extraArgs) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.vigil.app.Main",
                "serve",
                "--port",
                "0",
                "--data-dir",
                dataDir.toString()));
    command.addAll(List.of(extraArgs));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int port = awaitPort(process, log);
    ServerProcess server = new ServerProcess(process, log, port);
    server.awaitReady();
    return server;
  }

  int port() {
    return port;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: no shutdown hook, no final flush, no database close. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server survived SIGKILL for 60 s");
    }
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  private static int awaitPort(Process process, Path log) throws Exception {
    // Start-up of a JVM on a busy machine takes seconds; the bound only stops a hung test.
    for (int i = 0; i < 1200; i++) {
      Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("vigil serve exited:\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("vigil serve did not start:\n" + Files.readString(log));
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> ready =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/readyz"))).build(),
              HttpResponse.BodyHandlers.ofString());
      if (ready.statusCode() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("vigil serve is not ready:\n" + log());
  }
}
