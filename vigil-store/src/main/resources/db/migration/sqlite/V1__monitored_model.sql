-- Monitored models. The definition (schema, labels, threshold, granularity, segments) is one JSON
-- document read and written whole; see JdbcModelStore. created_at_us: microseconds since the epoch.
CREATE TABLE monitored_model (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 128),
  definition TEXT NOT NULL,
  created_at_us INTEGER NOT NULL
);
