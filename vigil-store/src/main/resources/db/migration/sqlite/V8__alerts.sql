-- Alerting (docs/ALERTING.md): rules per monitored model, the current state of each rule's alert,
-- the history of its status changes, and the queue of notifications to deliver. Times:
-- microseconds since the epoch. A value column is NULL when there is no value (never NaN).

-- labels: a JSON object of label name to value, read and written whole.
-- signal_argument: the signal kind's argument (metric, feature, detector or minutes), or NULL.
CREATE TABLE alert_rule (
  model_name TEXT NOT NULL REFERENCES monitored_model (name) ON DELETE CASCADE,
  rule_id TEXT NOT NULL CHECK (length(rule_id) BETWEEN 1 AND 63),
  name TEXT NOT NULL,
  signal_kind TEXT NOT NULL,
  signal_argument TEXT,
  comparison TEXT NOT NULL CHECK (comparison IN ('above', 'below', 'at_least', 'at_most')),
  threshold REAL NOT NULL,
  for_seconds INTEGER NOT NULL CHECK (for_seconds >= 0),
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  labels TEXT NOT NULL,
  renotify_seconds INTEGER NOT NULL CHECK (renotify_seconds >= 0),
  PRIMARY KEY (model_name, rule_id)
);

-- One row per rule once it has been evaluated; deleted with its rule.
CREATE TABLE alert_state (
  model_name TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('inactive', 'pending', 'firing', 'resolved')),
  since_us INTEGER NOT NULL,
  active_since_us INTEGER,
  last_value REAL,
  last_notified_us INTEGER,
  acknowledged_us INTEGER,
  PRIMARY KEY (model_name, rule_id),
  FOREIGN KEY (model_name, rule_id) REFERENCES alert_rule (model_name, rule_id) ON DELETE CASCADE
);

-- The history: appended, never updated; it outlives a deleted rule (no foreign key).
CREATE TABLE alert_event (
  id INTEGER PRIMARY KEY,
  model_name TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  value REAL,
  at_us INTEGER NOT NULL
);

CREATE INDEX alert_event_by_time ON alert_event (model_name, at_us, id);

-- Notifications waiting for delivery, delivered, or given up (status 'failed'). attempts counts
-- the claims; a claim moves next_attempt_us forward by a lease, so a crashed sender's claim expires.
CREATE TABLE notification_attempt (
  id INTEGER PRIMARY KEY,
  model_name TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  target TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  next_attempt_us INTEGER NOT NULL,
  last_error TEXT,
  delivered_us INTEGER,
  created_us INTEGER NOT NULL
);

CREATE INDEX notification_attempt_due ON notification_attempt (status, next_attempt_us, id);
CREATE INDEX notification_attempt_by_model ON notification_attempt (model_name, id);
