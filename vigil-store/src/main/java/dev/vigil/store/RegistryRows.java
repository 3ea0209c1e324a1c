package dev.vigil.store;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.RegisteredModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads registered models and versions from the registry tables on a given connection. */
final class RegistryRows {

  private static final String MODEL_COLUMNS =
      "name, description, tags, created_at_us, updated_at_us";
  static final String VERSION_COLUMNS =
      "model_name, version, source, run_id, stage, description, tags, metrics, params,"
          + " lineage_run_id, data_sha256, row_count, parent_version, artifact_sha256,"
          + " created_at_us, updated_at_us";

  private RegistryRows() {}

  static List<RegisteredModel> models(Connection c, String name) throws SQLException {
    String sql =
        "SELECT "
            + MODEL_COLUMNS
            + " FROM registry_model"
            + (name == null ? "" : " WHERE name = ?")
            + " ORDER BY name";
    List<RegisteredModel> models = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (name != null) {
        select.setString(1, name);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          models.add(model(c, rows));
        }
      }
    }
    return models;
  }

  private static RegisteredModel model(Connection c, ResultSet rows) throws SQLException {
    String name = rows.getString(1);
    return new RegisteredModel(
        name,
        rows.getString(2),
        RegistryJson.strings(rows.getString(3)),
        aliases(c, name),
        EpochMicros.toInstant(rows.getLong(4)),
        EpochMicros.toInstant(rows.getLong(5)));
  }

  private static Map<String, Integer> aliases(Connection c, String name) throws SQLException {
    Map<String, Integer> aliases = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement("SELECT alias, version FROM registry_alias WHERE model_name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          aliases.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return aliases;
  }

  /** The versions of one model, or of every model when the name is null. */
  static List<ModelVersion> versions(Connection c, String name) throws SQLException {
    String sql =
        "SELECT "
            + VERSION_COLUMNS
            + " FROM registry_version"
            + (name == null ? "" : " WHERE model_name = ?")
            + " ORDER BY model_name, version";
    List<ModelVersion> versions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (name != null) {
        select.setString(1, name);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          versions.add(version(rows));
        }
      }
    }
    return versions;
  }

  private static ModelVersion version(ResultSet rows) throws SQLException {
    Lineage lineage =
        new Lineage(
            Optional.ofNullable(rows.getString(10)),
            Optional.ofNullable(rows.getString(11)),
            Optional.ofNullable((Long) nullable(rows, 12, rows.getLong(12))),
            Optional.ofNullable((Integer) nullable(rows, 13, rows.getInt(13))));
    NewVersion content =
        new NewVersion(
            rows.getString(3),
            rows.getString(4),
            "",
            Map.of(),
            RegistryJson.numbers(rows.getString(8)),
            RegistryJson.strings(rows.getString(9)),
            lineage,
            Optional.ofNullable(rows.getString(14)));
    return new ModelVersion(
        rows.getString(1),
        rows.getInt(2),
        content,
        ModelStage.parse(rows.getString(5)),
        RegistryJson.strings(rows.getString(7)),
        rows.getString(6),
        EpochMicros.toInstant(rows.getLong(15)),
        EpochMicros.toInstant(rows.getLong(16)));
  }

  private static Object nullable(ResultSet rows, int column, Object value) throws SQLException {
    return rows.wasNull() ? null : value;
  }
}
