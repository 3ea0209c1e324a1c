package dev.vigil.store;

import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.AuditHead;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.RegistryStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@link RegistryStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. A write
 * starts by locking the audit head's row (PostgreSQL: {@code SELECT ... FOR UPDATE}; SQLite: its
 * transactions take the database's write lock at BEGIN), so registry writes run one after another
 * across every server on the database: version numbers and audit sequences have one order, and an
 * entry and the head move with the change they record.
 */
public final class JdbcRegistryStore implements RegistryStore {

  private final Database database;

  public JdbcRegistryStore(Database database) {
    this.database = database;
  }

  @Override
  public <T> T write(Work<T> work) {
    return Transaction.run(
        database,
        "cannot change the registry",
        c -> work.run(new JdbcRegistryWriter(c, AuditRows.lockHead(c, database.dialect()))));
  }

  @Override
  public Optional<RegisteredModel> findModel(String name) {
    return read(c -> RegistryRows.models(c, name).stream().findFirst());
  }

  @Override
  public List<RegisteredModel> listModels() {
    return read(c -> RegistryRows.models(c, null));
  }

  @Override
  public Optional<ModelVersion> findVersion(String name, int version) {
    return versions(name).stream().filter(v -> v.version() == version).findFirst();
  }

  @Override
  public List<ModelVersion> versions(String name) {
    return read(c -> RegistryRows.versions(c, name));
  }

  @Override
  public List<ModelVersion> allVersions() {
    return read(c -> RegistryRows.versions(c, null));
  }

  @Override
  public List<AuditEntry> audit(Optional<String> model) {
    return read(c -> AuditRows.entries(c, model));
  }

  @Override
  public AuditHead auditHead() {
    return read(AuditRows::head);
  }

  private interface Read<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    try (Connection c = database.dataSource().getConnection()) {
      return read.run(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read the registry", e);
    }
  }
}
