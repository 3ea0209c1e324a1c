package dev.vigil.app.serve;

import dev.vigil.app.alerting.AlertingSettings;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.http.ApiTokens;
import dev.vigil.http.ServerSettings;
import dev.vigil.http.serving.ServingSettings;
import dev.vigil.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code vigil serve} needs to start, resolved from flags, environment and config file.
 * Without a database URL the embedded SQLite database of the data directory is used. A KServe half
 * waits for its partner at most {@code kservePendingTtl}, at least one second. Raw predictions and
 * labels older than {@code retention} are deleted once the windows include them; {@link
 * Duration#ZERO} keeps them for ever. The inference routes follow {@code serving} (SLA, whether
 * served predictions are monitored, and the most rows a request: the ingestion's record limit).
 * {@code detectors} chooses the streaming detectors of each model's live streams.
 */
public record ServeSettings(
    ServerSettings server,
    Path dataDir,
    Optional<String> databaseUrl,
    Duration kservePendingTtl,
    IngestSettings ingest,
    Duration retention,
    ServingSettings serving,
    AlertingSettings alerting,
    DetectorChoices detectors) {

  public ServeSettings {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(kservePendingTtl, "kservePendingTtl");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(serving, "serving");
    Objects.requireNonNull(alerting, "alerting");
    Objects.requireNonNull(detectors, "detectors");
    if (retention.isNegative()) {
      throw new IllegalArgumentException("retention must not be negative, was " + retention);
    }
    if (kservePendingTtl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "kservePendingTtl must be at least 1 second, was " + kservePendingTtl);
    }
  }

  /** The JDBC URL to open: the one given, or the data directory's SQLite file. */
  public String jdbcUrl() {
    return databaseUrl.orElseGet(() -> Database.sqliteUrl(dataDir));
  }

  /** True when raw records are deleted after {@link #retention}; false keeps them for ever. */
  public boolean deletesOldRecords() {
    return !retention.isZero();
  }

  /** These settings with the API tokens guarding the HTTP API. */
  public ServeSettings withTokens(ApiTokens tokens) {
    return new ServeSettings(
        server.withTokens(tokens),
        dataDir,
        databaseUrl,
        kservePendingTtl,
        ingest,
        retention,
        serving,
        alerting,
        detectors);
  }

  /** These settings with the alert rules of the config file, applied at start-up. */
  public ServeSettings withAlertRules(List<AlertRule> rules) {
    return new ServeSettings(
        server,
        dataDir,
        databaseUrl,
        kservePendingTtl,
        ingest,
        retention,
        serving,
        alerting.withConfigRules(rules),
        detectors);
  }

  /** These settings with the streaming detectors the config file chooses. */
  public ServeSettings withDetectors(DetectorChoices choices) {
    return new ServeSettings(
        server,
        dataDir,
        databaseUrl,
        kservePendingTtl,
        ingest,
        retention,
        serving,
        alerting,
        choices);
  }
}
