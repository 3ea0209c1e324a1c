-- Feature streams (docs/DETECTORS.md): a model's detectors may also run on chosen numeric features,
-- stored as stream 'feature:NAME'. detector_state_stream_check is the name PostgreSQL gave V9's
-- column check.
ALTER TABLE detector_state DROP CONSTRAINT detector_state_stream_check;
ALTER TABLE detector_state ADD CONSTRAINT detector_state_stream_check
  CHECK (stream IN ('score', 'error') OR stream LIKE 'feature:_%');
