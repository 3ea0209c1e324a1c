-- Feature streams (docs/DETECTORS.md): a model's detectors may also run on chosen numeric features,
-- stored as stream 'feature:NAME'. SQLite cannot change a CHECK, so the table is rebuilt with the
-- rows kept.
CREATE TABLE detector_state_v10 (
  model_name TEXT NOT NULL REFERENCES monitored_model (name) ON DELETE CASCADE,
  stream TEXT NOT NULL CHECK (stream IN ('score', 'error') OR (stream LIKE 'feature:_%')),
  method TEXT NOT NULL,
  observations INTEGER NOT NULL CHECK (observations >= 0),
  last_warning_us INTEGER,
  last_detection_us INTEGER,
  detections INTEGER NOT NULL CHECK (detections >= 0 AND detections <= observations),
  state BLOB NOT NULL,
  PRIMARY KEY (model_name, stream)
);
INSERT INTO detector_state_v10
  SELECT model_name, stream, method, observations, last_warning_us, last_detection_us, detections,
         state
  FROM detector_state;
DROP TABLE detector_state;
ALTER TABLE detector_state_v10 RENAME TO detector_state;
