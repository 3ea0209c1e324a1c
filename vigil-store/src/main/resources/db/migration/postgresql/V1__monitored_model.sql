-- Monitored models. The definition (schema, labels, threshold, granularity, segments) is one JSON
-- document read and written whole; see JdbcModelStore. created_at_us: microseconds since the epoch.
-- Names collate byte by byte ("C"), as in SQLite, so both list models in the same order.
CREATE TABLE monitored_model (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 128),
  definition TEXT NOT NULL,
  created_at_us BIGINT NOT NULL
);
