-- The model registry (docs/REGISTRY.md): registered models, their versions and aliases, and the
-- hash-chained audit trail with its head. Times: microseconds since the epoch. Tags, metrics and
-- params are JSON objects read and written whole (JdbcRegistryStore).
-- last_version: the highest number the model ever gave, so a deleted version's number is never
-- given again.
CREATE TABLE registry_model (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 256),
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  last_version INTEGER NOT NULL,
  created_at_us INTEGER NOT NULL,
  updated_at_us INTEGER NOT NULL
);

CREATE TABLE registry_version (
  model_name TEXT NOT NULL REFERENCES registry_model (name) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version > 0),
  source TEXT NOT NULL,
  run_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  metrics TEXT NOT NULL,
  params TEXT NOT NULL,
  lineage_run_id TEXT,
  data_sha256 TEXT,
  row_count INTEGER,
  parent_version INTEGER,
  artifact_sha256 TEXT,
  created_at_us INTEGER NOT NULL,
  updated_at_us INTEGER NOT NULL,
  PRIMARY KEY (model_name, version)
);

CREATE TABLE registry_alias (
  model_name TEXT NOT NULL,
  alias TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (model_name, alias),
  FOREIGN KEY (model_name, version) REFERENCES registry_version (model_name, version)
    ON DELETE CASCADE
);

-- The audit trail: never updated nor deleted by Vigil. hash = sha256 of the canonical encoding of
-- every other column (AuditEntry); model_name is not a foreign key, entries outlive their model.
CREATE TABLE registry_audit (
  sequence INTEGER PRIMARY KEY,
  time_us INTEGER NOT NULL,
  actor TEXT NOT NULL,
  model_name TEXT NOT NULL,
  version INTEGER,
  action TEXT NOT NULL,
  from_value TEXT NOT NULL,
  to_value TEXT NOT NULL,
  reason TEXT NOT NULL,
  evidence TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE INDEX registry_audit_by_model ON registry_audit (model_name, sequence);

-- The chain's head (entry count and last hash), moved in the transaction of every append: it
-- reveals entries deleted from the end. Every registry write locks this row first, which also
-- gives the writes one order (version numbers, audit sequence).
CREATE TABLE registry_audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  entry_count INTEGER NOT NULL,
  last_hash TEXT NOT NULL
);

INSERT INTO registry_audit_head (id, entry_count, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
