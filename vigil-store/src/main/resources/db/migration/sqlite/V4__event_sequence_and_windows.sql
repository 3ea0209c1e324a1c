-- The event log's sequence numbers, window summaries, their watermark and reference summaries
-- (docs/STORAGE.md). SQLite cannot add a NOT NULL column to a table with rows, so prediction and
-- label are rebuilt with seq as their rowid (INTEGER PRIMARY KEY): rows are stored in seq order,
-- which is what a replay reads, and no extra index is maintained per insert. The old primary key
-- (model_name, prediction_id) becomes a UNIQUE constraint, the target of ON CONFLICT.
--
-- Rows already stored are numbered once, deterministically: predictions by (event time, model,
-- id), then labels after them by (label time, model, id). So every pair is joined by its label,
-- and a first replay from 0 rebuilds the windows of the old data exactly once.

CREATE TABLE prediction_v4 (
  seq INTEGER PRIMARY KEY,
  model_name TEXT NOT NULL REFERENCES monitored_model (name),
  prediction_id TEXT NOT NULL CHECK (length(prediction_id) BETWEEN 1 AND 200),
  model_version TEXT NOT NULL CHECK (length(model_version) BETWEEN 1 AND 64),
  event_time_us INTEGER NOT NULL,
  features TEXT NOT NULL,
  score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
  UNIQUE (model_name, prediction_id)
);

INSERT INTO prediction_v4
  (seq, model_name, prediction_id, model_version, event_time_us, features, score)
SELECT
  row_number() OVER (ORDER BY event_time_us, model_name, prediction_id),
  model_name, prediction_id, model_version, event_time_us, features, score
FROM prediction;

DROP TABLE prediction;
ALTER TABLE prediction_v4 RENAME TO prediction;
CREATE INDEX prediction_by_event_time ON prediction (model_name, event_time_us);

CREATE TABLE label_v4 (
  seq INTEGER PRIMARY KEY,
  model_name TEXT NOT NULL REFERENCES monitored_model (name),
  prediction_id TEXT NOT NULL CHECK (length(prediction_id) BETWEEN 1 AND 200),
  label INTEGER NOT NULL CHECK (label IN (0, 1)),
  label_time_us INTEGER NOT NULL,
  UNIQUE (model_name, prediction_id)
);

INSERT INTO label_v4 (seq, model_name, prediction_id, label, label_time_us)
SELECT
  (SELECT coalesce(max(seq), 0) FROM prediction)
    + row_number() OVER (ORDER BY label_time_us, model_name, prediction_id),
  model_name, prediction_id, label, label_time_us
FROM label;

DROP TABLE label;
ALTER TABLE label_v4 RENAME TO label;

-- One summary per base window of a model version and segment (the codec of WindowSummaryCodec).
-- The key leads with what a query fixes (model, segment) and then the start, so a query for a time
-- range is one index range scan. Segment.ALL is stored as ('*', '*').
CREATE TABLE window_summary (
  model_name TEXT NOT NULL REFERENCES monitored_model (name),
  segment_column TEXT NOT NULL,
  segment_value TEXT NOT NULL,
  window_start_s INTEGER NOT NULL,
  model_version TEXT NOT NULL,
  payload BLOB NOT NULL,
  PRIMARY KEY (model_name, segment_column, segment_value, window_start_s, model_version)
);

-- The same summaries rolled up to UTC days (window_start_s = the day's start), written with
-- the base windows in one transaction, so that long ranges read one row a day.
CREATE TABLE day_summary (
  model_name TEXT NOT NULL REFERENCES monitored_model (name),
  segment_column TEXT NOT NULL,
  segment_value TEXT NOT NULL,
  window_start_s INTEGER NOT NULL,
  model_version TEXT NOT NULL,
  payload BLOB NOT NULL,
  PRIMARY KEY (model_name, segment_column, segment_value, window_start_s, model_version)
);

-- The event-log sequence number the window summaries include everything up to. One row.
CREATE TABLE window_watermark (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL CHECK (seq >= 0)
);

INSERT INTO window_watermark (id, seq) VALUES (1, 0);

-- Each model's reference summary (the codec of ReferenceSummaryCodec); uploaded_at_us repeats the
-- upload time the payload holds, for listing without decoding.
CREATE TABLE reference_summary (
  model_name TEXT PRIMARY KEY REFERENCES monitored_model (name),
  uploaded_at_us INTEGER NOT NULL,
  payload BLOB NOT NULL
);
