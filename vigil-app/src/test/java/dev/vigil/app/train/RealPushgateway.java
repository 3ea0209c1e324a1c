package dev.vigil.app.train;

import dev.vigil.app.DebianBinary;
import dev.vigil.app.LoopbackDaemon;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/**
 * A real Prometheus Pushgateway (Debian's {@code prometheus-pushgateway}, which {@code .ci/run}
 * installs) on a free loopback port.
 */
public final class RealPushgateway implements AutoCloseable {

  private final LoopbackDaemon daemon;

  private RealPushgateway(LoopbackDaemon daemon) {
    this.daemon = daemon;
  }

  public static RealPushgateway start() throws Exception {
    return new RealPushgateway(
        LoopbackDaemon.start(
            DebianBinary.PUSHGATEWAY,
            Files.createTempDirectory("vigil-pushgateway"),
            port -> List.of("--web.listen-address=127.0.0.1:" + port)));
  }

  public URI url() {
    return daemon.url();
  }

  /** The Pushgateway's own /metrics page: every pushed series with its grouping labels. */
  public String scrape() throws IOException, InterruptedException {
    return daemon.get("/metrics");
  }

  @Override
  public void close() {
    daemon.close();
  }
}
