package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.http.ApiToken;
import dev.vigil.http.ApiTokens;
import dev.vigil.http.Scope;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigil serve} end to end: start on a free port, answer, stop. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesHealthzOnTheLoopbackAndStopsCleanly() throws Exception {
    ServeCommand command = new ServeCommand(Map.of());
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    Path dataDir = dir.resolve("data");

    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cli.execute("--port", "0", "--data-dir", dataDir.toString()));
    int port = awaitPort(command, exit);

    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    command.requestStop();

    assertTrue(metrics.body().contains("\nvigil_data_dir_free_bytes "), metrics.body());
    assertTrue(
        metrics.body().contains("\nvigil_kserve_unmatched_expired_total{kind=\"request\"} 0"),
        metrics.body());

    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\"}", health.body());
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    assertTrue(out.toString().contains("listening on http://127.0.0.1:" + port), out.toString());
    assertTrue(out.toString().contains("Localhost only"), out.toString());
    assertTrue(Files.exists(dataDir.resolve("vigil.db")), "the SQLite database is in the data dir");
  }

  @Test
  void tokensFromTheConfigFileGuardTheApiAndAreNeverPrinted() throws Exception {
    String secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
    Path config = dir.resolve("vigil.yaml");
    Files.writeString(
        config, "tokens:\n  - name: dash\n    sha256: " + hash + "\n    scopes: [read]\n");
    ServeCommand command = new ServeCommand(Map.of());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Path dataDir = dir.resolve("data");

    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "--port",
                    "0",
                    "--data-dir",
                    dataDir.toString(),
                    "--config",
                    config.toString()));
    int port = awaitPort(command, exit);
    URI models = URI.create("http://127.0.0.1:" + port + "/api/v1/models");
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> without =
        client.send(HttpRequest.newBuilder(models).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> with =
        client.send(
            HttpRequest.newBuilder(models).header("Authorization", "Bearer " + secret).build(),
            HttpResponse.BodyHandlers.ofString());
    command.requestStop();

    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    assertEquals(401, without.statusCode(), without.body());
    assertEquals(200, with.statusCode(), with.body());
    assertTrue(out.toString().contains("API tokens required"), out.toString());
    for (String printed : new String[] {out.toString(), err.toString(), without.body()}) {
      assertTrue(!printed.contains(secret) && !printed.contains(hash), printed);
    }
  }

  @Test
  void anotherHostWithoutTokensIsAWarningAndWithTokensIsNot() {
    ApiTokens one =
        new ApiTokens(List.of(new ApiToken("ci", "a".repeat(64), Set.of(Scope.INGEST))));

    assertTrue(ServeCommand.accessNote("0.0.0.0", ApiTokens.none()).startsWith("WARNING"));
    assertTrue(ServeCommand.accessNote("0.0.0.0", one).startsWith("API tokens required"));
    assertTrue(ServeCommand.accessNote("127.0.0.1", ApiTokens.none()).startsWith("Localhost only"));
  }

  @Test
  void aBadSettingIsRefusedBeforeStarting() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand(Map.of("VIGIL_PORT", "http")));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("--data-dir", dir.toString());

    assertEquals(ServeCommand.BAD_SETTINGS, exit);
    assertTrue(err.toString().contains("VIGIL_PORT: 'http' is not a whole number"), err.toString());
  }

  @Test
  void aBadAlertRuleInTheConfigIsRefusedBeforeStarting() throws Exception {
    Path config = dir.resolve("vigil.yaml");
    Files.writeString(config, "alert_rules:\n  - id: auc-low\n    model: churn\n");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand(Map.of()));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("--data-dir", dir.toString(), "--config", config.toString());

    assertEquals(ServeCommand.BAD_SETTINGS, exit);
    assertTrue(err.toString().contains("alert_rules[0].name: required"), err.toString());
  }

  @Test
  void aDatabaseItCannotOpenIsAFailedStart() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand(Map.of()));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("--port", "0", "--db", "jdbc:mysql://localhost/vigil");

    assertEquals(ServeCommand.FAILED, exit);
    assertTrue(err.toString().contains("cannot start"), err.toString());
  }

  /** Waits until the command has bound its port, failing if it exited first. */
  private static int awaitPort(ServeCommand command, CompletableFuture<Integer> exit) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (command.boundPort() < 0) {
      if (exit.isDone()) {
        throw new AssertionError("serve exited with " + exit.join() + " before listening");
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("serve did not start listening within 30 s");
      }
      Thread.onSpinWait();
    }
    return command.boundPort();
  }
}
