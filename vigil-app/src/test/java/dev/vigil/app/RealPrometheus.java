package dev.vigil.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Prometheus (Debian's {@code prometheus}) on a free loopback port, scraping one target
 * every second and evaluating a rule file every second, with its storage and log in a directory.
 */
final class RealPrometheus implements AutoCloseable {

  private final LoopbackDaemon daemon;

  private RealPrometheus(LoopbackDaemon daemon) {
    this.daemon = daemon;
  }

  static RealPrometheus start(Path dir, int targetPort, Path rules) throws Exception {
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
    return new RealPrometheus(
        LoopbackDaemon.start(
            DebianBinary.PROMETHEUS,
            dir,
            port ->
                List.of(
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port)));
  }

  /** The JSON answer of the HTTP API at this path (e.g. {@code /api/v1/rules}). */
  JsonNode api(String path) throws IOException, InterruptedException {
    return new ObjectMapper().readTree(daemon.get(path));
  }

  /** The answer of an instant query: {@code status}, {@code data.result}, or {@code error}. */
  JsonNode query(String promql) throws IOException, InterruptedException {
    return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
  }

  /** What Prometheus logged, to explain a failure. */
  String log() throws IOException {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
  }
}
