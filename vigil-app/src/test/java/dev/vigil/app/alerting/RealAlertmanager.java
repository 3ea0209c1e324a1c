package dev.vigil.app.alerting;

import dev.vigil.app.DebianBinary;
import dev.vigil.app.LoopbackDaemon;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}, which {@code .ci/run}
 * installs) on a free loopback port, clustering off, routing everything to a receiver that drops
 * it: the API keeps the alerts, which is what the tests read.
 */
final class RealAlertmanager implements AutoCloseable {

  private static final String CONFIG =
      "route:\n  receiver: drop\n  group_wait: 1s\nreceivers:\n  - name: drop\n";

  private final LoopbackDaemon daemon;

  private RealAlertmanager(LoopbackDaemon daemon) {
    this.daemon = daemon;
  }

  static RealAlertmanager start() throws Exception {
    Path dir = Files.createTempDirectory("vigil-alertmanager");
    Path config = Files.writeString(dir.resolve("alertmanager.yml"), CONFIG);
    return new RealAlertmanager(
        LoopbackDaemon.start(
            DebianBinary.ALERTMANAGER,
            dir,
            port ->
                List.of(
                    "--config.file=" + config,
                    "--storage.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--cluster.listen-address=")));
  }

  URI url() {
    return daemon.url();
  }

  /** {@code GET /api/v2/alerts} with the given query (e.g. {@code active=true}). */
  String alerts(String query) throws IOException, InterruptedException {
    return daemon.get("/api/v2/alerts?" + query);
  }

  @Override
  public void close() {
    daemon.close();
  }
}
