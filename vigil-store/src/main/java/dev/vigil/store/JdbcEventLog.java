package dev.vigil.store;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.DeletedRecords;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventLog;
import dev.vigil.core.event.EventRetention;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.IngestListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The {@link EventLog} on a {@link Database}: the {@code prediction} and {@code label} tables,
 * every row numbered by the {@code seq} column from one counter.
 *
 * <p>One writer: every JdbcEventLog of one Database object (and the prediction, label and KServe
 * stores, which write through one) shares the database's {@link LogSequence}, and a commit holds
 * its lock from numbering to commit, so numbers increase in commit order on both databases. Two
 * processes must not write the same database (docs/STORAGE.md): PostgreSQL's unique index on {@code
 * seq} (SQLite's rowid) then refuses a reused number rather than storing it twice.
 *
 * <p>The listener, if any, is told of every commit of records (also one whose records were all
 * duplicates, for the counters), under that lock, after the commit and before {@link #append}
 * returns, so in commit order. A call of empty batches commits nothing and tells nobody.
 */
public final class JdbcEventLog implements EventLog, EventRetention {

  /** Work in a write transaction; {@code last} is the highest number committed so far. */
  @FunctionalInterface
  interface WriteWork<T> {
    Written<T> run(Connection connection, long last) throws SQLException;
  }

  /** What write work returns: its result and the events it stored (null when none). */
  record Written<T>(T result, EventCommit commit) {}

  private final Database database;
  private final LogSequence sequence;
  private final IngestListener listener;

  public JdbcEventLog(Database database) {
    this(database, IngestListener.NONE);
  }

  public JdbcEventLog(Database database, IngestListener listener) {
    this.database = database;
    this.sequence = database.logSequence();
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public EventCommit append(List<EventBatch> batches) {
    if (batches.stream().allMatch(b -> b.size() == 0)) {
      List<BatchOutcome> none = batches.stream().map(b -> new BatchOutcome(0, 0, 0)).toList();
      return new EventCommit(none, List.of(), List.of(), lastSequence());
    }
    return write(
        "cannot append events",
        (c, last) -> {
          EventCommit commit = EventWriter.write(c, batches, last);
          return new Written<>(commit, commit);
        });
  }

  /**
   * Runs work in one transaction under the write lock; events it stored (written with {@link
   * EventWriter}, numbered after {@code last}) advance the sequence and reach the listener.
   */
  <T> T write(String what, WriteWork<T> work) {
    synchronized (sequence) {
      long last = sequence.last();
      Written<T> written;
      try {
        written = Transaction.run(database, what, c -> work.run(c, last));
      } catch (StoreException e) {
        resync(e);
        throw e;
      }
      EventCommit commit = written.commit();
      if (commit != null) {
        sequence.advanceTo(commit.lastSequence());
        listener.committed(commit);
      }
      return written.result();
    }
  }

  private void resync(StoreException failure) {
    try {
      sequence.resync(database.dataSource());
    } catch (StoreException e) {
      failure.addSuppressed(e); // the database is unreachable: the next write resyncs again
    }
  }

  /**
   * Runs {@code action} with the last committed number while no commit is in progress and no other
   * starts. With a listener that records commits (e.g. into a window aggregator), what the action
   * takes out of it is then exactly the commits up to that number: the moment for a flush to drain
   * its deltas and pick its watermark.
   */
  public <T> T atCommitBoundary(LongFunction<T> action) {
    synchronized (sequence) {
      return action.apply(sequence.last());
    }
  }

  @Override
  public long lastSequence() {
    return sequence.last();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Holds the write lock while it streams, so no append interleaves with a replay.
   */
  @Override
  public void replayAfter(long after, EventSink sink) {
    Objects.requireNonNull(sink, "sink");
    synchronized (sequence) {
      EventReplay.run(database, after, sink);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Holds the write lock, so no commit interleaves; tells the listener nothing (no record is
   * added). The sequence counter is unaffected: it never goes below the window watermark.
   */
  @Override
  public DeletedRecords deleteBefore(Instant cutoff, long watermark) {
    Objects.requireNonNull(cutoff, "cutoff");
    if (watermark < 0) {
      throw new IllegalArgumentException("watermark: must not be negative, was " + watermark);
    }
    long cutoffMicros = EpochMicros.of(cutoff);
    return write(
        "cannot delete old records",
        (c, last) -> new Written<>(RawRecordDeletion.run(c, cutoffMicros, watermark), null));
  }
}
