-- When Vigil received each pending KServe half (microseconds since the epoch), for the expiry of
-- halves whose partner never comes (setting kserve_pending_ttl, docs/INGESTION.md). Halves pending
-- before this migration take their event time, the best estimate there is.
ALTER TABLE kserve_pending_event ADD COLUMN received_us INTEGER NOT NULL DEFAULT 0;
UPDATE kserve_pending_event SET received_us = event_time_us;
CREATE INDEX kserve_pending_event_received ON kserve_pending_event (received_us);
