package dev.vigil.store;

import java.sql.Statement;

/** Reading the update counts of a batch of {@code INSERT ... ON CONFLICT DO NOTHING}. */
final class RowCounts {

  private RowCounts() {}

  /**
   * How many rows of the batch were inserted (count 1; a row skipped on conflict counts 0). A
   * driver that does not report per-row counts (e.g. PostgreSQL with {@code reWriteBatchedInserts})
   * would make inserted and duplicates unknowable, so it is an error rather than a wrong number.
   */
  static int inserted(int[] counts) {
    int inserted = 0;
    for (int count : counts) {
      if (count == Statement.SUCCESS_NO_INFO || count < 0) {
        throw new IllegalStateException("the database driver did not report per-row counts");
      }
      inserted += count;
    }
    return inserted;
  }
}
