package dev.vigil.http;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The gauges {@code vigil_data_dir_free_bytes} and {@code vigil_data_dir_total_bytes}: the space
 * usable by Vigil and the size of the file system holding the data directory, read at each scrape.
 * A data directory that does not exist (yet) is measured on its nearest existing parent; when the
 * file system cannot be read, the scrape has no sample rather than a wrong one.
 */
public final class DataDirMetrics {

  /** One figure of a file store. */
  @FunctionalInterface
  private interface Measure {
    long of(FileStore store) throws IOException;
  }

  private DataDirMetrics() {}

  public static void register(PrometheusRegistry registry, Path dataDir) {
    Path directory = dataDir.toAbsolutePath().normalize();
    gauge(
        registry,
        "vigil_data_dir_free_bytes",
        "Bytes usable by Vigil on the file system of the data directory.",
        directory,
        FileStore::getUsableSpace);
    gauge(
        registry,
        "vigil_data_dir_total_bytes",
        "Size in bytes of the file system of the data directory.",
        directory,
        FileStore::getTotalSpace);
  }

  private static void gauge(
      PrometheusRegistry registry, String name, String help, Path directory, Measure measure) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(gauge -> measured(directory, measure).ifPresent(gauge::call))
        .register(registry);
  }

  /** The figure of the file system holding the directory or its nearest existing parent. */
  static OptionalLong measured(Path directory, Measure measure) {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(measure.of(Files.getFileStore(existing)));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }
}
