-- Tracking: experiments and runs as MLflow has them (docs/TRACKING.md). Times are milliseconds
-- since the epoch, MLflow's unit. Experiment ids are numbers given by the database (exchanged as
-- strings); run ids are 32 hex characters given by Vigil. Deleting is a mark (lifecycle_stage).

CREATE TABLE experiment (
  experiment_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  artifact_location TEXT NOT NULL,
  lifecycle_stage TEXT NOT NULL CHECK (lifecycle_stage IN ('active', 'deleted')),
  creation_time_ms INTEGER NOT NULL,
  last_update_time_ms INTEGER NOT NULL
);

-- MLflow's clients use experiment 0, "Default", when none is named.
INSERT INTO experiment VALUES
  (0, 'Default', '', 'active', CAST(strftime('%s', 'now') AS INTEGER) * 1000,
   CAST(strftime('%s', 'now') AS INTEGER) * 1000);

CREATE TABLE experiment_tag (
  experiment_id INTEGER NOT NULL REFERENCES experiment (experiment_id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (experiment_id, key)
);

CREATE TABLE run (
  run_id TEXT PRIMARY KEY CHECK (length(run_id) = 32),
  experiment_id INTEGER NOT NULL REFERENCES experiment (experiment_id),
  name TEXT NOT NULL,
  user_id TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
  start_time_ms INTEGER NOT NULL,
  end_time_ms INTEGER,
  lifecycle_stage TEXT NOT NULL CHECK (lifecycle_stage IN ('active', 'deleted')),
  artifact_uri TEXT NOT NULL
);

CREATE INDEX run_by_experiment ON run (experiment_id, start_time_ms);

CREATE TABLE run_param (
  run_id TEXT NOT NULL REFERENCES run (run_id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (run_id, key)
);

CREATE TABLE run_tag (
  run_id TEXT NOT NULL REFERENCES run (run_id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (run_id, key)
);

-- Every logged point. SQLite stores NaN as NULL, hence value NULL = NaN. The same point logged
-- twice is kept once, as in MLflow.
CREATE TABLE metric (
  run_id TEXT NOT NULL REFERENCES run (run_id),
  key TEXT NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  step INTEGER NOT NULL,
  value REAL,
  UNIQUE (run_id, key, timestamp_ms, step, value)
);

CREATE INDEX metric_by_key ON metric (run_id, key, timestamp_ms, step);

-- The latest point of each metric of a run (the largest step, then timestamp, then value).
CREATE TABLE latest_metric (
  run_id TEXT NOT NULL REFERENCES run (run_id),
  key TEXT NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  step INTEGER NOT NULL,
  value REAL,
  PRIMARY KEY (run_id, key)
);
