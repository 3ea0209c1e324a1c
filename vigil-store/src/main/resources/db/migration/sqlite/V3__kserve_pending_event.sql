-- The half of a KServe payload-logger inference (request or response event) whose partner, with
-- the same ce-id, has not come yet (docs/INGESTION.md). Deleted in the transaction that joins it.
-- body: the event's JSON body; endpoint: its ce-endpoint or NULL; time: microseconds since the epoch.
CREATE TABLE kserve_pending_event (
  model_name TEXT NOT NULL REFERENCES monitored_model (name),
  ce_id TEXT NOT NULL CHECK (length(ce_id) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('REQUEST', 'RESPONSE')),
  event_time_us INTEGER NOT NULL,
  endpoint TEXT,
  body TEXT NOT NULL,
  PRIMARY KEY (model_name, ce_id, kind)
);
