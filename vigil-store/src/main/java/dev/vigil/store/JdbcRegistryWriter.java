package dev.vigil.store;

import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.AuditEvent;
import dev.vigil.core.registry.AuditHead;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.RegistryConflictException;
import dev.vigil.core.registry.RegistryWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's writes on the connection of one transaction, which holds the audit head's lock
 * from its start (see {@link JdbcRegistryStore#write}).
 */
final class JdbcRegistryWriter implements RegistryWriter {

  private final Connection c;
  private AuditHead head;

  JdbcRegistryWriter(Connection connection, AuditHead lockedHead) {
    this.c = connection;
    this.head = lockedHead;
  }

  @Override
  public Optional<RegisteredModel> findModel(String name) {
    return sql(() -> RegistryRows.models(c, name).stream().findFirst());
  }

  @Override
  public List<ModelVersion> versions(String name) {
    return sql(() -> RegistryRows.versions(c, name));
  }

  @Override
  public void insertModel(RegisteredModel m) {
    if (findModel(m.name()).isPresent()) {
      throw new RegistryConflictException(
          "name", "a registered model named '" + m.name() + "' already exists");
    }
    update(
        "INSERT INTO registry_model (name, description, tags, last_version, created_at_us,"
            + " updated_at_us) VALUES (?, ?, ?, 0, ?, ?)",
        m.name(),
        m.description(),
        RegistryJson.write(m.tags()),
        EpochMicros.of(m.createdAt()),
        EpochMicros.of(m.updatedAt()));
    writeAliases(m);
  }

  @Override
  public void updateModel(RegisteredModel m) {
    update(
        "UPDATE registry_model SET description = ?, tags = ?, updated_at_us = ? WHERE name = ?",
        m.description(),
        RegistryJson.write(m.tags()),
        EpochMicros.of(m.updatedAt()),
        m.name());
    update("DELETE FROM registry_alias WHERE model_name = ?", m.name());
    writeAliases(m);
  }

  private void writeAliases(RegisteredModel m) {
    for (Map.Entry<String, Integer> alias : m.sortedAliases().entrySet()) {
      update(
          "INSERT INTO registry_alias (model_name, alias, version) VALUES (?, ?, ?)",
          m.name(),
          alias.getKey(),
          alias.getValue());
    }
  }

  @Override
  public void deleteModel(String name) {
    update("DELETE FROM registry_alias WHERE model_name = ?", name);
    update("DELETE FROM registry_version WHERE model_name = ?", name);
    update("DELETE FROM registry_model WHERE name = ?", name);
  }

  @Override
  public int allocateVersion(String name) {
    update("UPDATE registry_model SET last_version = last_version + 1 WHERE name = ?", name);
    return sql(
        () -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT last_version FROM registry_model WHERE name = ?")) {
            select.setString(1, name);
            try (var rows = select.executeQuery()) {
              rows.next();
              return rows.getInt(1);
            }
          }
        });
  }

  @Override
  public void insertVersion(ModelVersion v) {
    VersionRow.insert(this, v);
  }

  @Override
  public void updateVersion(ModelVersion v) {
    update(
        "UPDATE registry_version SET stage = ?, description = ?, tags = ?, updated_at_us = ?"
            + " WHERE model_name = ? AND version = ?",
        v.stage().label(),
        v.description(),
        RegistryJson.write(v.tags()),
        EpochMicros.of(v.updatedAt()),
        v.modelName(),
        v.version());
  }

  @Override
  public void deleteVersion(String name, int version) {
    update("DELETE FROM registry_alias WHERE model_name = ? AND version = ?", name, version);
    update("DELETE FROM registry_version WHERE model_name = ? AND version = ?", name, version);
  }

  @Override
  public AuditEntry append(AuditEvent event) {
    AuditEntry entry = AuditEntry.append(head, event);
    sql(
        () -> {
          AuditRows.insert(c, entry);
          return null;
        });
    head = head.after(entry);
    return entry;
  }

  /** Runs one statement with these parameters (nulls as SQL NULL). */
  void update(String statement, Object... parameters) {
    sql(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
              ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StoreException("a registry statement failed", e);
    }
  }
}
