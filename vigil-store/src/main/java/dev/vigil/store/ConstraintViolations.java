package dev.vigil.store;

import dev.vigil.core.alert.AlertRule;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns the constraint violations of creating an alert rule into errors naming the field. */
final class ConstraintViolations {

  private ConstraintViolations() {}

  static RuntimeException explain(SQLException e, AlertRule rule, String what) {
    if (isCode(e, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY, "23505")
        || isCode(e, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE, "23505")) {
      return new IllegalArgumentException(
          "id: model '" + rule.model() + "' already has an alert rule '" + rule.id() + "'", e);
    }
    if (isCode(e, SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY, "23503")) {
      return new IllegalArgumentException(
          "model: '" + rule.model() + "' is not a monitored model", e);
    }
    return new StoreException(what, e);
  }

  private static boolean isCode(SQLException e, SQLiteErrorCode sqlite, String sqlState) {
    if (e instanceof SQLiteException s) {
      return s.getResultCode() == sqlite;
    }
    return sqlState.equals(e.getSQLState());
  }
}
