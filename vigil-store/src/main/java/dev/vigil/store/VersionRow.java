package dev.vigil.store;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;

/** Inserts a model version's row: every column of {@link RegistryRows#VERSION_COLUMNS}. */
final class VersionRow {

  private VersionRow() {}

  static void insert(JdbcRegistryWriter writer, ModelVersion v) {
    Lineage lineage = v.content().lineage();
    writer.update(
        "INSERT INTO registry_version ("
            + RegistryRows.VERSION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.modelName(),
        v.version(),
        v.content().source(),
        v.content().runId(),
        v.stage().label(),
        v.description(),
        RegistryJson.write(v.tags()),
        RegistryJson.write(v.content().metrics()),
        RegistryJson.write(v.content().params()),
        lineage.runId().orElse(null),
        lineage.dataSha256().orElse(null),
        lineage.rowCount().orElse(null),
        lineage.parentVersion().orElse(null),
        v.content().artifactSha256().orElse(null),
        EpochMicros.of(v.createdAt()),
        EpochMicros.of(v.updatedAt()));
  }
}
