-- The streaming detectors of each model's live streams (docs/DETECTORS.md), one row per model and
-- stream, replaced by each window flush in its transaction (so they include exactly the events up
-- to window_watermark). state: SummaryCodec.encodeDetector's versioned bytes (method, parameters
-- and running quantities). Times: event times in microseconds since the epoch, NULL for never.
CREATE TABLE detector_state (
  model_name TEXT NOT NULL REFERENCES monitored_model (name) ON DELETE CASCADE,
  stream TEXT NOT NULL CHECK (stream IN ('score', 'error')),
  method TEXT NOT NULL,
  observations INTEGER NOT NULL CHECK (observations >= 0),
  last_warning_us INTEGER,
  last_detection_us INTEGER,
  detections INTEGER NOT NULL CHECK (detections >= 0 AND detections <= observations),
  state BLOB NOT NULL,
  PRIMARY KEY (model_name, stream)
);
