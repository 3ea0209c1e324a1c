-- When Vigil received each pending KServe half (microseconds since the epoch), for the expiry of
-- halves whose partner never comes (setting kserve_pending_ttl, docs/INGESTION.md). Halves pending
-- before this migration take their event time, the best estimate there is.
ALTER TABLE kserve_pending_event ADD COLUMN received_us BIGINT;
UPDATE kserve_pending_event SET received_us = event_time_us;
ALTER TABLE kserve_pending_event ALTER COLUMN received_us SET NOT NULL;
CREATE INDEX kserve_pending_event_received ON kserve_pending_event (received_us);
