package dev.vigil.app.serve;

import dev.vigil.app.alerting.AlertingSettings;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.http.ServerSettings;
import dev.vigil.http.serving.ServingSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves each {@link Setting} from the first source that has it: command-line flags, then {@code
 * VIGIL_*} environment variables, then the YAML config file, then the default. A value that does
 * not parse is an {@link IllegalArgumentException} naming where it came from ({@code VIGIL_PORT:
 * 'abc' is not a whole number}).
 */
public final class SettingsResolver {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private final Map<Setting, String> flags;
  private final Map<String, String> environment;
  private final Map<Setting, String> configFile;

  /**
   * @param flags the flags given on the command line (absent ones not in the map)
   * @param environment the process environment, e.g. {@code System.getenv()}
   * @param configFile the settings of the YAML file, empty without one ({@link YamlSettings})
   */
  public SettingsResolver(
      Map<Setting, String> flags,
      Map<String, String> environment,
      Map<Setting, String> configFile) {
    this.flags = Map.copyOf(flags);
    this.environment = Map.copyOf(environment);
    this.configFile = Map.copyOf(configFile);
  }

  public ServeSettings resolve() {
    ServerSettings server =
        new ServerSettings(
            text(Setting.HOST).orElseThrow().value(),
            (int) whole(Setting.PORT, 0, 65535),
            whole(Setting.MAX_BODY_BYTES, 1, Integer.MAX_VALUE - 8),
            (int) whole(Setting.MAX_RECORDS_PER_REQUEST, 1, Integer.MAX_VALUE),
            (int) whole(Setting.MAX_FEATURES_PER_RECORD, 1, Integer.MAX_VALUE));
    IngestSettings ingest =
        IngestSettings.defaults()
            .withFlushInterval(duration(Setting.FLUSH_INTERVAL))
            .withQueueRecords((int) whole(Setting.INGEST_QUEUE, 1, Integer.MAX_VALUE));
    return new ServeSettings(
        server,
        Path.of(text(Setting.DATA_DIR).orElseThrow().value()),
        text(Setting.DB).map(Sourced::value),
        kservePendingTtl(),
        ingest,
        retention(),
        new ServingSettings(
            duration(Setting.SERVING_SLA),
            bool(Setting.MONITOR_SERVED_PREDICTIONS),
            server.maxRecordsPerRequest()),
        alerting(),
        DetectorChoices.DEFAULTS);
  }

  private AlertingSettings alerting() {
    return new AlertingSettings(
        url(Setting.ALERTMANAGER_URL),
        url(Setting.ALERT_WEBHOOK_URL),
        text(Setting.ALERT_WEBHOOK_FORMAT).orElseThrow().value(),
        text(Setting.EXTERNAL_URL).orElseThrow().value(),
        duration(Setting.ALERT_INTERVAL));
  }

  private Optional<URI> url(Setting setting) {
    Optional<Sourced> sourced = text(setting).filter(s -> !s.value().isBlank());
    if (sourced.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(sourced.get().value().strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          sourced.get().source() + ": '" + sourced.get().value() + "' is not a URL", e);
    }
  }

  /** A value and the name of where it came from, for error messages. */
  record Sourced(String value, String source) {}

  Optional<Sourced> text(Setting setting) {
    if (flags.containsKey(setting)) {
      return Optional.of(new Sourced(flags.get(setting), setting.flag()));
    }
    String fromEnvironment = environment.get(setting.environmentVariable());
    // An empty variable counts as unset, as shells and container specs often leave them.
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(new Sourced(fromEnvironment, setting.environmentVariable()));
    }
    if (configFile.containsKey(setting)) {
      return Optional.of(new Sourced(configFile.get(setting), "config " + setting.yamlKey()));
    }
    return Optional.ofNullable(setting.defaultValue()).map(v -> new Sourced(v, "default"));
  }

  /** A positive duration: a whole number and a unit ({@code 500ms}, {@code 5s}, {@code 2m}...). */
  private Duration duration(Setting setting) {
    Sourced sourced = text(setting).orElseThrow();
    Matcher m = DURATION.matcher(sourced.value().strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          sourced.source()
              + ": '"
              + sourced.value()
              + "' is not a duration such as 500ms, 5s, 2m, 1h or 30d");
    }
    long amount = Long.parseLong(m.group(1));
    Duration value =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    if (value.isZero()) {
      throw new IllegalArgumentException(sourced.source() + ": must be longer than 0");
    }
    return value;
  }

  /** The KServe time to live: a duration of at least a second (the expiry's own minimum). */
  private Duration kservePendingTtl() {
    Duration ttl = duration(Setting.KSERVE_PENDING_TTL);
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          text(Setting.KSERVE_PENDING_TTL).orElseThrow().source() + ": must be at least 1s");
    }
    return ttl;
  }

  /** How long raw records are kept: {@code 0} for ever, else a duration of at least a minute. */
  private Duration retention() {
    Sourced sourced = text(Setting.RETENTION).orElseThrow();
    if (sourced.value().strip().equals("0")) {
      return Duration.ZERO;
    }
    Duration retention = duration(Setting.RETENTION);
    if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException(
          sourced.source() + ": must be 0 (keep for ever) or at least 1m");
    }
    return retention;
  }

  /** {@code true} or {@code false}, in any case. */
  private boolean bool(Setting setting) {
    Sourced sourced = text(setting).orElseThrow();
    return switch (sourced.value().strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              sourced.source() + ": '" + sourced.value() + "' is not true or false");
    };
  }

  private long whole(Setting setting, long min, long max) {
    Sourced sourced = text(setting).orElseThrow();
    long value;
    try {
      value = Long.parseLong(sourced.value().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          sourced.source() + ": '" + sourced.value() + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          sourced.source() + ": " + value + " is not in [" + min + ", " + max + "]");
    }
    return value;
  }
}
