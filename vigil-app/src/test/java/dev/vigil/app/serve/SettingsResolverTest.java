package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags over environment over the YAML file over defaults, one setting at a time. */
class SettingsResolverTest {

  @TempDir Path dir;

  private static ServeSettings resolve(
      Map<Setting, String> flags, Map<String, String> env, Map<Setting, String> yaml) {
    return new SettingsResolver(flags, env, yaml).resolve();
  }

  @Test
  void defaultsWithoutAnySource() {
    ServeSettings settings = resolve(Map.of(), Map.of(), Map.of());

    assertEquals("127.0.0.1", settings.server().host());
    assertEquals(8080, settings.server().port());
    assertEquals(10_485_760L, settings.server().maxBodyBytes());
    assertEquals(10_000, settings.server().maxRecordsPerRequest());
    assertEquals(1_000, settings.server().maxFeaturesPerRecord());
    assertEquals(Path.of("./vigil-data"), settings.dataDir());
    assertEquals(Optional.empty(), settings.databaseUrl());
    assertEquals("jdbc:sqlite:./vigil-data/vigil.db", settings.jdbcUrl());
    assertEquals(Duration.ofHours(1), settings.kservePendingTtl());
  }

  @Test
  void eachSourceOverridesTheOnesBelowIt() throws Exception {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(
        file,
        """
        port: 9001
        host: 0.0.0.0
        data_dir: /from/yaml
        db: jdbc:postgresql://yaml/vigil
        max_body_bytes: 1000
        """);
    Map<Setting, String> yaml = YamlSettings.read(file);
    Map<String, String> env =
        Map.of("VIGIL_PORT", "9002", "VIGIL_DATA_DIR", "/from/env", "VIGIL_MAX_BODY_BYTES", "2000");
    Map<Setting, String> flags = Map.of(Setting.PORT, "9003");

    ServeSettings settings = resolve(flags, env, yaml);

    assertEquals(9003, settings.server().port(), "flag over env and yaml");
    assertEquals(Path.of("/from/env"), settings.dataDir(), "env over yaml");
    assertEquals(2000L, settings.server().maxBodyBytes(), "env over yaml");
    assertEquals("0.0.0.0", settings.server().host(), "yaml over default");
    assertEquals(Optional.of("jdbc:postgresql://yaml/vigil"), settings.databaseUrl());
  }

  @Test
  void theIngestionLimitsComeFromEverySource() {
    ServeSettings settings =
        resolve(
            Map.of(Setting.MAX_RECORDS_PER_REQUEST, "500"),
            Map.of("VIGIL_MAX_FEATURES_PER_RECORD", "40"),
            Map.of(Setting.MAX_RECORDS_PER_REQUEST, "900", Setting.MAX_FEATURES_PER_RECORD, "60"));

    assertEquals(500, settings.server().maxRecordsPerRequest(), "flag over yaml");
    assertEquals(40, settings.server().maxFeaturesPerRecord(), "env over yaml");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of("VIGIL_MAX_RECORDS_PER_REQUEST", "0"), Map.of()));
    assertEquals("VIGIL_MAX_RECORDS_PER_REQUEST: 0 is not in [1, 2147483647]", e.getMessage());
  }

  @Test
  void theIngestionPipelineSettingsComeFromEverySource() {
    ServeSettings defaults = resolve(Map.of(), Map.of(), Map.of());
    assertEquals(Duration.ofSeconds(5), defaults.ingest().flushInterval());
    assertEquals(100_000, defaults.ingest().queueRecords());

    ServeSettings settings =
        resolve(
            Map.of(Setting.FLUSH_INTERVAL, "250ms"),
            Map.of("VIGIL_INGEST_QUEUE", "5000"),
            Map.of(Setting.FLUSH_INTERVAL, "1h", Setting.INGEST_QUEUE, "7"));

    assertEquals(Duration.ofMillis(250), settings.ingest().flushInterval(), "flag over yaml");
    assertEquals(5000, settings.ingest().queueRecords(), "env over yaml");
    assertEquals(
        Duration.ofMinutes(2),
        resolve(Map.of(), Map.of("VIGIL_FLUSH_INTERVAL", " 2m "), Map.of())
            .ingest()
            .flushInterval());
  }

  @Test
  void aFlushIntervalMustBeAPositiveDurationWithAUnit() {
    IllegalArgumentException noUnit =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(Setting.FLUSH_INTERVAL, "5"), Map.of(), Map.of()));
    assertEquals(
        "--flush-interval: '5' is not a duration such as 500ms, 5s, 2m, 1h or 30d",
        noUnit.getMessage());
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of(), Map.of(Setting.FLUSH_INTERVAL, "0s")));
    assertEquals("config flush_interval: must be longer than 0", zero.getMessage());
  }

  @Test
  void aFlagWinsOverEverySource() {
    ServeSettings settings =
        resolve(
            Map.of(Setting.HOST, "::1"),
            Map.of("VIGIL_HOST", "10.0.0.1"),
            Map.of(Setting.HOST, "10.0.0.2"));

    assertEquals("::1", settings.server().host());
  }

  @Test
  void anEmptyEnvironmentVariableCountsAsUnset() {
    ServeSettings settings =
        resolve(Map.of(), Map.of("VIGIL_PORT", ""), Map.of(Setting.PORT, "7000"));

    assertEquals(7000, settings.server().port());
  }

  @Test
  void aBadValueNamesItsSource() {
    IllegalArgumentException fromEnv =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of("VIGIL_PORT", "eighty"), Map.of()));
    assertEquals("VIGIL_PORT: 'eighty' is not a whole number", fromEnv.getMessage());

    IllegalArgumentException fromFlag =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(Setting.PORT, "70000"), Map.of(), Map.of()));
    assertEquals("--port: 70000 is not in [0, 65535]", fromFlag.getMessage());

    IllegalArgumentException fromFile =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of(), Map.of(Setting.MAX_BODY_BYTES, "0")));
    assertEquals("config max_body_bytes: 0 is not in [1, 2147483639]", fromFile.getMessage());
  }

  @Test
  void theKServePendingTimeToLiveIsADurationFromEverySource() {
    Map<Setting, String> yaml = Map.of(Setting.KSERVE_PENDING_TTL, "5m");
    Map<String, String> env = Map.of("VIGIL_KSERVE_PENDING_TTL", "90s");

    assertEquals(Duration.ofMinutes(5), resolve(Map.of(), Map.of(), yaml).kservePendingTtl());
    assertEquals(Duration.ofSeconds(90), resolve(Map.of(), env, yaml).kservePendingTtl());
    assertEquals(
        Duration.ofDays(7),
        resolve(Map.of(Setting.KSERVE_PENDING_TTL, "7d"), env, yaml).kservePendingTtl());
    assertEquals(
        Duration.ofHours(2),
        resolve(Map.of(Setting.KSERVE_PENDING_TTL, " 2h "), Map.of(), Map.of()).kservePendingTtl());
  }

  @Test
  void aBadOrTooShortTimeToLiveNamesItsSource() {
    for (String bad : new String[] {"1h30m", "90", "1.5h", "-5m", "2w", "2H", ""}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> resolve(Map.of(Setting.KSERVE_PENDING_TTL, bad), Map.of(), Map.of()));
      assertEquals(
          "--kserve-pending-ttl: '" + bad + "' is not a duration such as 500ms, 5s, 2m, 1h or 30d",
          e.getMessage());
    }
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of(), Map.of(Setting.KSERVE_PENDING_TTL, "0s")));
    assertEquals("config kserve_pending_ttl: must be longer than 0", zero.getMessage());
    IllegalArgumentException underASecond =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of("VIGIL_KSERVE_PENDING_TTL", "999ms"), Map.of()));
    assertEquals("VIGIL_KSERVE_PENDING_TTL: must be at least 1s", underASecond.getMessage());
  }

  @Test
  void retentionIsZeroByDefaultOrADurationOfAtLeastAMinuteFromEverySource() {
    assertEquals(Duration.ZERO, resolve(Map.of(), Map.of(), Map.of()).retention());
    assertEquals(false, resolve(Map.of(), Map.of(), Map.of()).deletesOldRecords());
    Map<Setting, String> yaml = Map.of(Setting.RETENTION, "90d");
    assertEquals(Duration.ofDays(90), resolve(Map.of(), Map.of(), yaml).retention());
    Map<String, String> env = Map.of("VIGIL_RETENTION", "2h");
    assertEquals(Duration.ofHours(2), resolve(Map.of(), env, yaml).retention());
    assertEquals(Duration.ZERO, resolve(Map.of(Setting.RETENTION, "0"), env, yaml).retention());
    IllegalArgumentException short1 =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(Setting.RETENTION, "59s"), Map.of(), Map.of()));
    assertEquals("--retention: must be 0 (keep for ever) or at least 1m", short1.getMessage());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> resolve(Map.of(), Map.of("VIGIL_RETENTION", "forever"), Map.of()));
    assertEquals(
        "VIGIL_RETENTION: 'forever' is not a duration such as 500ms, 5s, 2m, 1h or 30d",
        bad.getMessage());
  }
}
