package dev.vigil.app;

import dev.vigil.app.alerting.YamlAlertRules;
import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.ServeSettings;
import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import dev.vigil.app.serve.YamlDetectors;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.app.serve.YamlTokens;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.http.ApiTokens;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil serve}: runs the monitoring server until SIGTERM or Ctrl-C, then stops the HTTP
 * server and closes the database. Settings: flags, then {@code VIGIL_*} variables, then the YAML
 * file, then defaults (docs/CONFIG.md).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the monitoring server (settings: docs/CONFIG.md).")
final class ServeCommand implements Callable<Integer> {

  static final int BAD_SETTINGS = 2;
  static final int FAILED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--host", description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default 8080).")
  String port;

  @Option(names = "--data-dir", description = "Data directory (default ./vigil-data).")
  String dataDir;

  @Option(names = "--db", description = "JDBC URL of the database (default: SQLite in data dir).")
  String db;

  @Option(names = "--max-body-bytes", description = "Largest request body (default 10485760).")
  String maxBodyBytes;

  @Option(
      names = "--max-records-per-request",
      description = "Most records in one ingestion request (default 10000).")
  String maxRecordsPerRequest;

  @Option(
      names = "--max-features-per-record",
      description = "Most features in one prediction record (default 1000).")
  String maxFeaturesPerRecord;

  @Option(
      names = "--flush-interval",
      description = "How often windows are written to the database, e.g. 5s (default 5s).")
  String flushInterval;

  @Option(
      names = "--ingest-queue",
      description = "Most records waiting to be committed before senders wait (default 100000).")
  String ingestQueue;

  @Option(
      names = "--kserve-pending-ttl",
      description = "How long a KServe half waits for its partner: 90s, 5m, 2h, 7d (default 1h).")
  String kservePendingTtl;

  @Option(
      names = "--retention",
      description =
          "Delete raw predictions and labels older than this once the windows hold them: 90s, 5m,"
              + " 2h, 90d; 0 keeps them for ever (default 0).")
  String retention;

  @Option(
      names = "--serving-sla",
      description = "Inference requests slower than this count as SLA violations (default 100ms).")
  String servingSla;

  @Option(
      names = "--monitor-served-predictions",
      description =
          "true or false: record served predictions for monitoring (default true; false only to"
              + " measure its cost).")
  String monitorServedPredictions;

  @Option(
      names = "--alert-interval",
      description = "How often the alert rules are evaluated (default 30s).")
  String alertInterval;

  @Option(
      names = "--alertmanager-url",
      description =
          "Send alert notifications to this Alertmanager (e.g. http://alertmanager:9093).")
  String alertmanagerUrl;

  @Option(names = "--alert-webhook-url", description = "Send alert notifications to this webhook.")
  String alertWebhookUrl;

  @Option(
      names = "--alert-webhook-format",
      description = "generic (Alertmanager's webhook JSON) or slack (default generic).")
  String alertWebhookFormat;

  @Option(
      names = "--external-url",
      description = "Vigil's URL as users reach it, for the links in notifications.")
  String externalUrl;

  @Option(names = "--config", description = "YAML file of settings.")
  Path config;

  private final Map<String, String> environment;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile int boundPort = -1;

  ServeCommand() {
    this(System.getenv());
  }

  ServeCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println("vigil serve: " + e.getMessage());
      return BAD_SETTINGS;
    }
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      boundPort = server.port();
      announce(out, settings, server.port());
      runUntilStopRequested();
    } catch (RuntimeException e) {
      err.println("vigil serve: cannot start: " + e.getMessage());
      return FAILED;
    } finally {
      stopped.countDown();
    }
    out.println("Vigil stopped.");
    out.flush();
    return 0;
  }

  /** Asks a running server to stop, as SIGTERM does. */
  void requestStop() {
    stopRequested.countDown();
  }

  /** The port bound once the server listens, -1 before (or if it failed to start). */
  int boundPort() {
    return boundPort;
  }

  private ServeSettings settings() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    putIfGiven(flags, Setting.HOST, host);
    putIfGiven(flags, Setting.PORT, port);
    putIfGiven(flags, Setting.DATA_DIR, dataDir);
    putIfGiven(flags, Setting.DB, db);
    putIfGiven(flags, Setting.MAX_BODY_BYTES, maxBodyBytes);
    putIfGiven(flags, Setting.MAX_RECORDS_PER_REQUEST, maxRecordsPerRequest);
    putIfGiven(flags, Setting.MAX_FEATURES_PER_RECORD, maxFeaturesPerRecord);
    putIfGiven(flags, Setting.FLUSH_INTERVAL, flushInterval);
    putIfGiven(flags, Setting.INGEST_QUEUE, ingestQueue);
    putIfGiven(flags, Setting.KSERVE_PENDING_TTL, kservePendingTtl);
    putIfGiven(flags, Setting.RETENTION, retention);
    putIfGiven(flags, Setting.SERVING_SLA, servingSla);
    putIfGiven(flags, Setting.MONITOR_SERVED_PREDICTIONS, monitorServedPredictions);
    putIfGiven(flags, Setting.ALERT_INTERVAL, alertInterval);
    putIfGiven(flags, Setting.ALERTMANAGER_URL, alertmanagerUrl);
    putIfGiven(flags, Setting.ALERT_WEBHOOK_URL, alertWebhookUrl);
    putIfGiven(flags, Setting.ALERT_WEBHOOK_FORMAT, alertWebhookFormat);
    putIfGiven(flags, Setting.EXTERNAL_URL, externalUrl);
    Map<Setting, String> file = config == null ? Map.of() : YamlSettings.read(config);
    ApiTokens tokens = config == null ? ApiTokens.none() : YamlTokens.read(config);
    List<AlertRule> alertRules = config == null ? List.of() : YamlAlertRules.read(config);
    return new SettingsResolver(flags, environment, file)
        .resolve()
        .withTokens(tokens)
        .withAlertRules(alertRules)
        .withDetectors(config == null ? DetectorChoices.DEFAULTS : YamlDetectors.read(config));
  }

  private static void putIfGiven(Map<Setting, String> flags, Setting setting, String value) {
    if (value != null) {
      flags.put(setting, value);
    }
  }

  private void runUntilStopRequested() {
    // The hook only signals and waits: the main thread does the closing, in one place.
    Thread hook =
        new Thread(
            () -> {
              requestStop();
              awaitQuietly(stopped, 30);
            },
            "vigil-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    awaitQuietly(stopRequested, Long.MAX_VALUE);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is stopping (SIGTERM): the hook is running and waits for us to finish.
    }
  }

  private static void announce(PrintWriter out, ServeSettings settings, int port) {
    String host = settings.server().host();
    String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    out.println("Vigil is listening on " + url);
    out.println(accessNote(host, settings.server().tokens()));
    out.println(
        "Database: "
            + (settings.jdbcUrl().startsWith("jdbc:sqlite:")
                ? settings.jdbcUrl().substring("jdbc:sqlite:".length())
                // The URL of a server may carry a password: never print it.
                : "PostgreSQL (URL not shown)"));
    out.println("Stop with Ctrl-C (or SIGTERM).");
    out.flush();
  }

  /** Who can use the API: said at every start, as a warning when anyone on the network can. */
  static String accessNote(String host, ApiTokens tokens) {
    if (!tokens.isEmpty()) {
      return "API tokens required on /api/ ("
          + tokens.size()
          + " configured); /healthz, /readyz and /metrics are open.";
    }
    return isLoopback(host)
        ? "Localhost only: other machines cannot connect. No API tokens are configured."
        : "WARNING: reachable from other machines on "
            + host
            + " and no API tokens are configured:"
            + " anyone who can reach this port can use the API (docs/CONFIG.md).";
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void awaitQuietly(CountDownLatch latch, long seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
