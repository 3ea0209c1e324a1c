package dev.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.kserve.EventKind;
import dev.vigil.core.kserve.ExpiredHalves;
import dev.vigil.core.kserve.KServeEvent;
import dev.vigil.core.kserve.OfferOutcome;
import dev.vigil.core.kserve.PendingEventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PendingEventStore} on a {@link Database}. An offer is a write transaction of the
 * database's {@link JdbcEventLog}: the joined predictions are numbered like any appended ones and
 * reach the log's listener. Offers of one (model, ce-id) are serialised so that a request and its
 * response arriving together cannot both be left pending: by the log's write lock in one process,
 * and across processes on SQLite by the write lock every transaction takes at BEGIN, on PostgreSQL
 * by an advisory lock on the hash of (model, ce-id). A pending half is stamped with the injected
 * clock's time when it is stored, which {@link #expireBefore} compares with its cutoff.
 */
public final class JdbcPendingEventStore implements PendingEventStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "model_name = ? AND ce_id = ? AND kind = ?";

  private final Database database;
  private final JdbcEventLog log;
  private final Clock clock;

  /** A store with its own event log, stamping pending halves with the system clock. */
  public JdbcPendingEventStore(Database database) {
    this(database, new JdbcEventLog(database), Clock.systemUTC());
  }

  /** A store with its own event log. */
  public JdbcPendingEventStore(Database database, Clock clock) {
    this(database, new JdbcEventLog(database), clock);
  }

  /**
   * A store whose joined predictions are appended through {@code log} (and its listener), and whose
   * pending halves are stamped with {@code clock}.
   */
  public JdbcPendingEventStore(Database database, JdbcEventLog log, Clock clock) {
    this.database = database;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public OfferOutcome offer(KServeEvent event, Join join) {
    return log.write(
        "cannot store the KServe event '" + event.id() + "'",
        (c, last) -> offer(c, event, join, last));
  }

  private JdbcEventLog.Written<OfferOutcome> offer(
      Connection c, KServeEvent event, Join join, long last) throws SQLException {
    if (database.dialect() == Dialect.POSTGRESQL) {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, (event.modelName() + '\0' + event.id()).hashCode());
        lock.execute();
      }
    }
    Optional<KServeEvent> partner = find(c, event.modelName(), event.id(), event.kind().partner());
    if (partner.isPresent()) {
      KServeEvent request = event.kind() == EventKind.REQUEST ? event : partner.get();
      KServeEvent response = event.kind() == EventKind.RESPONSE ? event : partner.get();
      List<PredictionRecord> records = join.records(request, response);
      delete(c, partner.get());
      if (records.isEmpty()) {
        return new JdbcEventLog.Written<>(OfferOutcome.joined(new AppendResult(0, 0)), null);
      }
      EventCommit commit = EventWriter.write(c, List.of(new EventBatch.Predictions(records)), last);
      OfferOutcome joined = OfferOutcome.joined(commit.outcomes().get(0).asAppendResult());
      return new JdbcEventLog.Written<>(joined, commit);
    }
    if (alreadyJoined(c, event)) {
      return new JdbcEventLog.Written<>(OfferOutcome.alreadyJoined(), null);
    }
    insert(c, event);
    return new JdbcEventLog.Written<>(OfferOutcome.pending(), null);
  }

  /** A prediction with the ids the join gives (ce-id, or ce-id#0 for a batch) is stored. */
  private static boolean alreadyJoined(Connection c, KServeEvent event) throws SQLException {
    String sql =
        "SELECT 1 FROM prediction WHERE model_name = ? AND prediction_id IN (?, ?) LIMIT 1";
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, event.modelName());
      select.setString(2, event.id());
      select.setString(3, event.id() + "#0");
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private void insert(Connection c, KServeEvent event) throws SQLException {
    String sql =
        "INSERT INTO kserve_pending_event"
            + " (model_name, ce_id, kind, event_time_us, endpoint, body, received_us)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (model_name, ce_id, kind) DO NOTHING";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setString(1, event.modelName());
      insert.setString(2, event.id());
      insert.setString(3, event.kind().name());
      insert.setLong(4, EpochMicros.of(event.time()));
      insert.setString(5, event.endpoint());
      insert.setString(6, write(event.body()));
      insert.setLong(7, EpochMicros.of(clock.instant()));
      insert.executeUpdate();
    }
  }

  private static void delete(Connection c, KServeEvent event) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM kserve_pending_event WHERE " + KEY)) {
      delete.setString(1, event.modelName());
      delete.setString(2, event.id());
      delete.setString(3, event.kind().name());
      delete.executeUpdate();
    }
  }

  @Override
  public Optional<KServeEvent> find(String modelName, String id, EventKind kind) {
    try (Connection c = database.dataSource().getConnection()) {
      return find(c, modelName, id, kind);
    } catch (SQLException e) {
      throw new StoreException("cannot read the pending KServe event '" + id + "'", e);
    }
  }

  private static Optional<KServeEvent> find(Connection c, String model, String id, EventKind kind)
      throws SQLException {
    String sql = "SELECT event_time_us, endpoint, body FROM kserve_pending_event WHERE " + KEY;
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, model);
      select.setString(2, id);
      select.setString(3, kind.name());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new KServeEvent(
                kind,
                id,
                model,
                EpochMicros.toInstant(row.getLong(1)),
                row.getString(2),
                read(row.getString(3))));
      }
    }
  }

  @Override
  public long countPending(String modelName) {
    String sql = "SELECT count(*) FROM kserve_pending_event WHERE model_name = ?";
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, modelName);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the pending KServe events of '" + modelName + "'", e);
    }
  }

  @Override
  public ExpiredHalves expireBefore(Instant cutoff) {
    long before = EpochMicros.of(cutoff);
    // One DELETE per kind: its update count is exact even while offers join and delete halves.
    return Transaction.run(
        database,
        "cannot expire pending KServe events",
        c ->
            new ExpiredHalves(
                expire(c, EventKind.REQUEST, before), expire(c, EventKind.RESPONSE, before)));
  }

  private static long expire(Connection c, EventKind kind, long beforeMicros) throws SQLException {
    String sql = "DELETE FROM kserve_pending_event WHERE kind = ? AND received_us < ?";
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      delete.setString(1, kind.name());
      delete.setLong(2, beforeMicros);
      return delete.executeUpdate();
    }
  }

  private static String write(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("body: cannot be written as JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String body) {
    try {
      return JSON.readValue(body, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored KServe event body is not JSON: " + body, e);
    }
  }
}
