package dev.vigil.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database's schema up to this build's migrations, refusing one that a newer build has
 * migrated further. Flyway on its own ignores such "future" migrations, which would let an old
 * Vigil write into a schema it does not understand.
 */
final class Migrations {

  private Migrations() {}

  /** Applies the pending migrations and returns the schema version the database is now at. */
  static String apply(DataSource dataSource, List<String> locations) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .failOnMissingLocations(true)
            .load();
    refuseFutureSchema(flyway.info().all());
    flyway.migrate();
    MigrationInfo current = flyway.info().current();
    return current == null ? "0" : current.getVersion().getVersion();
  }

  private static void refuseFutureSchema(MigrationInfo[] all) {
    Optional<MigrationVersion> newestApplied =
        Arrays.stream(all)
            .filter(
                m ->
                    m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder());
    if (newestApplied.isEmpty()) {
      return;
    }
    String newestKnown =
        Arrays.stream(all)
            .filter(m -> m.getState().isResolved() && m.getVersion() != null)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .map(MigrationVersion::getVersion)
            .orElse("0");
    throw new SchemaTooNewException(newestApplied.get().getVersion(), newestKnown);
  }
}
