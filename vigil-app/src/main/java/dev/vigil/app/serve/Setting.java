package dev.vigil.app.serve;

/**
 * A setting of {@code vigil serve} and the names it goes by: its command-line flag, its environment
 * variable and its key in the YAML config file. The default is the text form, parsed like any other
 * source; {@code null} means no default. docs/CONFIG.md lists the same table.
 */
public enum Setting {
  HOST("--host", "VIGIL_HOST", "host", "127.0.0.1"),
  PORT("--port", "VIGIL_PORT", "port", "8080"),
  DATA_DIR("--data-dir", "VIGIL_DATA_DIR", "data_dir", "./vigil-data"),
  DB("--db", "VIGIL_DB", "db", null),
  MAX_BODY_BYTES("--max-body-bytes", "VIGIL_MAX_BODY_BYTES", "max_body_bytes", "10485760"),
  MAX_RECORDS_PER_REQUEST(
      "--max-records-per-request",
      "VIGIL_MAX_RECORDS_PER_REQUEST",
      "max_records_per_request",
      "10000"),
  MAX_FEATURES_PER_RECORD(
      "--max-features-per-record",
      "VIGIL_MAX_FEATURES_PER_RECORD",
      "max_features_per_record",
      "1000"),
  FLUSH_INTERVAL("--flush-interval", "VIGIL_FLUSH_INTERVAL", "flush_interval", "5s"),
  INGEST_QUEUE("--ingest-queue", "VIGIL_INGEST_QUEUE", "ingest_queue", "100000"),
  KSERVE_PENDING_TTL(
      "--kserve-pending-ttl", "VIGIL_KSERVE_PENDING_TTL", "kserve_pending_ttl", "1h"),
  RETENTION("--retention", "VIGIL_RETENTION", "retention", "0"),
  SERVING_SLA("--serving-sla", "VIGIL_SERVING_SLA", "serving_sla", "100ms"),
  MONITOR_SERVED_PREDICTIONS(
      "--monitor-served-predictions",
      "VIGIL_MONITOR_SERVED_PREDICTIONS",
      "monitor_served_predictions",
      "true"),
  ALERT_INTERVAL("--alert-interval", "VIGIL_ALERT_INTERVAL", "alert_interval", "30s"),
  ALERTMANAGER_URL("--alertmanager-url", "VIGIL_ALERTMANAGER_URL", "alertmanager_url", null),
  ALERT_WEBHOOK_URL("--alert-webhook-url", "VIGIL_ALERT_WEBHOOK_URL", "alert_webhook_url", null),
  ALERT_WEBHOOK_FORMAT(
      "--alert-webhook-format", "VIGIL_ALERT_WEBHOOK_FORMAT", "alert_webhook_format", "generic"),
  EXTERNAL_URL("--external-url", "VIGIL_EXTERNAL_URL", "external_url", "");

  private final String flag;
  private final String environmentVariable;
  private final String yamlKey;
  private final String defaultValue;

  Setting(String flag, String environmentVariable, String yamlKey, String defaultValue) {
    this.flag = flag;
    this.environmentVariable = environmentVariable;
    this.yamlKey = yamlKey;
    this.defaultValue = defaultValue;
  }

  public String flag() {
    return flag;
  }

  public String environmentVariable() {
    return environmentVariable;
  }

  public String yamlKey() {
    return yamlKey;
  }

  public String defaultValue() {
    return defaultValue;
  }
}
