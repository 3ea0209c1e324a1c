-- The event log's sequence numbers, window summaries, their watermark and reference summaries
-- (docs/STORAGE.md). seq is unique across prediction and label together (the writer assigns it
-- from one counter); each table has a unique index on it for replays.
--
-- Rows already stored are numbered once, deterministically: predictions by (event time, model,
-- id), then labels after them by (label time, model, id). So every pair is joined by its label,
-- and a first replay from 0 rebuilds the windows of the old data exactly once.

ALTER TABLE prediction ADD COLUMN seq BIGINT;

UPDATE prediction p
SET seq = numbered.seq
FROM (
  SELECT model_name, prediction_id,
    row_number() OVER (ORDER BY event_time_us, model_name, prediction_id) AS seq
  FROM prediction
) numbered
WHERE p.model_name = numbered.model_name AND p.prediction_id = numbered.prediction_id;

ALTER TABLE prediction ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX prediction_by_seq ON prediction (seq);

ALTER TABLE label ADD COLUMN seq BIGINT;

UPDATE label l
SET seq = (SELECT coalesce(max(seq), 0) FROM prediction) + numbered.rank
FROM (
  SELECT model_name, prediction_id,
    row_number() OVER (ORDER BY label_time_us, model_name, prediction_id) AS rank
  FROM label
) numbered
WHERE l.model_name = numbered.model_name AND l.prediction_id = numbered.prediction_id;

ALTER TABLE label ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX label_by_seq ON label (seq);

-- One summary per base window of a model version and segment (the codec of WindowSummaryCodec).
-- The key leads with what a query fixes (model, segment) and then the start, so a query for a time
-- range is one index range scan. Segment.ALL is stored as ('*', '*').
CREATE TABLE window_summary (
  model_name TEXT COLLATE "C" NOT NULL REFERENCES monitored_model (name),
  segment_column TEXT COLLATE "C" NOT NULL,
  segment_value TEXT COLLATE "C" NOT NULL,
  window_start_s BIGINT NOT NULL,
  model_version TEXT COLLATE "C" NOT NULL,
  payload BYTEA NOT NULL,
  PRIMARY KEY (model_name, segment_column, segment_value, window_start_s, model_version)
);

-- The same summaries rolled up to UTC days (window_start_s = the day's start), written with
-- the base windows in one transaction, so that long ranges read one row a day.
CREATE TABLE day_summary (
  model_name TEXT COLLATE "C" NOT NULL REFERENCES monitored_model (name),
  segment_column TEXT COLLATE "C" NOT NULL,
  segment_value TEXT COLLATE "C" NOT NULL,
  window_start_s BIGINT NOT NULL,
  model_version TEXT COLLATE "C" NOT NULL,
  payload BYTEA NOT NULL,
  PRIMARY KEY (model_name, segment_column, segment_value, window_start_s, model_version)
);

-- The event-log sequence number the window summaries include everything up to. One row.
CREATE TABLE window_watermark (
  id SMALLINT PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL CHECK (seq >= 0)
);

INSERT INTO window_watermark (id, seq) VALUES (1, 0);

-- Each model's reference summary (the codec of ReferenceSummaryCodec); uploaded_at_us repeats the
-- upload time the payload holds, for listing without decoding.
CREATE TABLE reference_summary (
  model_name TEXT COLLATE "C" PRIMARY KEY REFERENCES monitored_model (name),
  uploaded_at_us BIGINT NOT NULL,
  payload BYTEA NOT NULL
);
