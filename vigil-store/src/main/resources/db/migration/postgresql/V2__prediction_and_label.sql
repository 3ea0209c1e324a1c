-- Raw predictions and labels (docs/INGESTION.md). Keys are (model_name, prediction_id): a resend
-- is absorbed by INSERT ... ON CONFLICT DO NOTHING. Times: microseconds since the epoch.
-- features: the JSON object of the record's feature values, in the order they came. TEXT, not
-- jsonb, which would reorder the keys and cost a parse per insert; it is never queried by part.
-- Names and ids collate byte by byte ("C"), as in SQLite.
CREATE TABLE prediction (
  model_name TEXT COLLATE "C" NOT NULL REFERENCES monitored_model (name),
  prediction_id TEXT COLLATE "C" NOT NULL CHECK (length(prediction_id) BETWEEN 1 AND 200),
  model_version TEXT NOT NULL CHECK (length(model_version) BETWEEN 1 AND 64),
  event_time_us BIGINT NOT NULL,
  features TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL CHECK (score BETWEEN 0 AND 1),
  PRIMARY KEY (model_name, prediction_id)
);

-- For the window queries: a model's predictions in a time range.
CREATE INDEX prediction_by_event_time ON prediction (model_name, event_time_us);

-- The first label received for a prediction; it may come before the prediction itself.
CREATE TABLE label (
  model_name TEXT COLLATE "C" NOT NULL REFERENCES monitored_model (name),
  prediction_id TEXT COLLATE "C" NOT NULL CHECK (length(prediction_id) BETWEEN 1 AND 200),
  label SMALLINT NOT NULL CHECK (label IN (0, 1)),
  label_time_us BIGINT NOT NULL,
  PRIMARY KEY (model_name, prediction_id)
);

-- Labels that disagreed with the first one, kept for audit; id gives the arrival order.
CREATE TABLE label_conflict (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  model_name TEXT COLLATE "C" NOT NULL REFERENCES monitored_model (name),
  prediction_id TEXT COLLATE "C" NOT NULL,
  label SMALLINT NOT NULL CHECK (label IN (0, 1)),
  label_time_us BIGINT NOT NULL
);

CREATE INDEX label_conflict_by_prediction ON label_conflict (model_name, prediction_id);
