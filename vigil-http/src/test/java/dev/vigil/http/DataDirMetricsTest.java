package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirMetricsTest {

  @TempDir Path dataDir;

  @Test
  void freeSpaceIsPositiveAndAtMostTheFileSystemSize() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    DataDirMetrics.register(registry, dataDir);

    PrometheusText text = PrometheusText.scrape(registry);

    assertEquals("gauge", text.typeOf("vigil_data_dir_free_bytes"));
    double free = text.value("vigil_data_dir_free_bytes");
    double total = text.value("vigil_data_dir_total_bytes");
    assertTrue(free > 0, "free " + free);
    assertTrue(free <= total, free + " > " + total);
    assertEquals((double) Files.getFileStore(dataDir).getTotalSpace(), total);
  }

  @Test
  void aDataDirectoryNotCreatedYetIsMeasuredOnItsNearestExistingParent() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    DataDirMetrics.register(registry, dataDir.resolve("not/yet"));

    PrometheusText text = PrometheusText.scrape(registry);

    assertEquals(
        (double) Files.getFileStore(dataDir).getTotalSpace(),
        text.value("vigil_data_dir_total_bytes"));
  }
}
