package dev.vigil.store;

import java.util.Locale;

/** The SQL databases Vigil can keep its data in; each has its own migration scripts. */
public enum Dialect {
  SQLITE("jdbc:sqlite:"),
  POSTGRESQL("jdbc:postgresql:");

  private final String urlPrefix;

  Dialect(String urlPrefix) {
    this.urlPrefix = urlPrefix;
  }

  /** The Flyway location of this dialect's migrations. */
  public String migrationLocation() {
    return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
  }

  /** The dialect a JDBC URL speaks; an error naming the URL when Vigil does not support it. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl != null) {
      for (Dialect d : values()) {
        if (jdbcUrl.startsWith(d.urlPrefix) && jdbcUrl.length() > d.urlPrefix.length()) {
          return d;
        }
      }
    }
    throw new IllegalArgumentException(
        "database url '"
            + jdbcUrl
            + "' is not supported: use jdbc:sqlite:<file> or jdbc:postgresql://host/db");
  }
}
