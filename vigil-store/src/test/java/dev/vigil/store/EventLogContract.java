package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static dev.vigil.store.Events.label;
import static dev.vigil.store.Events.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link JdbcEventLog} must do; run once per database by the subclasses. */
abstract class EventLogContract {

  private Database database;
  private JdbcEventLog log;
  private final List<EventCommit> heard = new ArrayList<>();

  /** The database of this test class; each test starts with only the models of {@link Events}. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    Events.resetWithModels(database);
    log = new JdbcEventLog(database, heard::add);
  }

  @AfterEach
  void close() {
    database.close();
  }

  static EventBatch predictions(PredictionRecord... records) {
    return new EventBatch.Predictions(List.of(records));
  }

  static EventBatch labels(LabelRecord... records) {
    return new EventBatch.Labels(List.of(records));
  }

  @Test
  void sequenceNumbersIncreaseAcrossCallsAndBothTablesAndSurviveReopening() throws SQLException {
    long before = log.lastSequence();
    EventCommit first = log.append(List.of(predictions(prediction("b"), prediction("a"))));
    EventCommit second = log.append(List.of(labels(label("a", 1, 5), label("z", 0, 6))));
    EventCommit third = log.append(List.of(predictions(prediction("c")), labels(label("c", 1, 7))));
    assertEquals(
        List.of(first.lastSequence(), second.lastSequence(), third.lastSequence()),
        List.of(before + 2, before + 4, before + 6));
    assertEquals(third.lastSequence(), log.lastSequence());
    List<Long> numbers = numbers("SELECT seq FROM prediction UNION ALL SELECT seq FROM label");
    assertEquals(
        List.of(before + 1, before + 2, before + 3, before + 4, before + 5, before + 6), numbers);
    // A second log on the same database shares the counter; a reopened database resumes it.
    EventCommit fromAnother =
        new JdbcEventLog(database).append(List.of(predictions(prediction("d"))));
    assertEquals(before + 7, fromAnother.lastSequence());
    assertEquals(before + 7, log.lastSequence());
    database.close();
    database = Database.open(databaseUrl());
    log = new JdbcEventLog(database);
    assertEquals(before + 7, log.lastSequence());
    assertEquals(before + 8, log.append(List.of(labels(label("d", 1, 0)))).lastSequence());
  }

  @Test
  void duplicatesInsideAndAcrossBatchesOfOneCallCountInTheLaterBatch() {
    log.append(List.of(labels(label("stored", 0, 0))));
    EventCommit commit =
        log.append(
            List.of(
                predictions(prediction("a"), prediction("b"), prediction("a")),
                predictions(prediction("b"), prediction("c"), prediction("stored")),
                labels(label("a", 1, 1), label("a", 0, 2), label("x", 1, 3), label("stored", 1, 4)),
                labels(label("a", 1, 5), label("x", 0, 6), label("stored", 0, 7))));
    assertEquals(
        List.of(
            new BatchOutcome(2, 1, 0),
            new BatchOutcome(2, 1, 0),
            new BatchOutcome(2, 0, 2),
            new BatchOutcome(0, 2, 1)),
        commit.outcomes());
    assertEquals(keys(List.of("a", "b", "c", "stored")), sortedIds(commit.insertedPredictions()));
    assertEquals(
        List.of(
            new LabeledPrediction(prediction("a"), label("a", 1, 1)),
            new LabeledPrediction(prediction("stored"), label("stored", 0, 0))),
        sortedPairs(commit.joined()));
    JdbcLabelStore labels = new JdbcLabelStore(database);
    assertEquals(List.of(label("a", 0, 2)), labels.conflicts(MODEL, "a"));
    assertEquals(List.of(label("x", 0, 6)), labels.conflicts(MODEL, "x"));
    assertEquals(List.of(label("stored", 1, 4)), labels.conflicts(MODEL, "stored"));
    assertEquals(List.of(commit), heard.subList(1, 2));
  }

  @Test
  void aLabelBeforeItsPredictionJoinsWhenThePredictionComes() {
    EventCommit early = log.append(List.of(labels(label("p", 1, 0))));
    assertEquals(List.of(), early.joined());
    assertEquals(List.of(), log.append(List.of(predictions(prediction("other")))).joined());
    EventCommit arrival = log.append(List.of(predictions(prediction("p"))));
    assertEquals(
        List.of(new LabeledPrediction(prediction("p"), label("p", 1, 0))), arrival.joined());
    EventCommit again = log.append(List.of(predictions(prediction("p")), labels(label("p", 1, 9))));
    assertEquals(List.of(new BatchOutcome(0, 1, 0), new BatchOutcome(0, 1, 0)), again.outcomes());
    assertEquals(List.of(), again.joined());
    assertEquals(arrival.lastSequence(), again.lastSequence());
    assertEquals(List.of(early, arrival, again), List.of(heard.get(0), heard.get(2), heard.get(3)));
  }

  @Test
  void aLabelAfterItsPredictionJoinsAtOnceAndOnlyTheFirstLabelCounts() {
    log.append(List.of(predictions(prediction("p"), prediction(OTHER_MODEL, "p", 0.5))));
    EventCommit labelled = log.append(List.of(labels(label("p", 0, 30))));
    assertEquals(
        List.of(new LabeledPrediction(prediction("p"), label("p", 0, 30))), labelled.joined());
    EventCommit conflict = log.append(List.of(labels(label("p", 1, 40))));
    assertEquals(List.of(new BatchOutcome(0, 0, 1)), conflict.outcomes());
    assertEquals(List.of(), conflict.joined());
    assertEquals(Optional.of(label("p", 0, 30)), new JdbcLabelStore(database).find(MODEL, "p"));
  }

  @Test
  void anUnknownModelInOneBatchStoresNothingOfTheCall() throws SQLException {
    log.append(List.of(predictions(prediction("kept"))));
    long last = log.lastSequence();
    List<EventBatch> call =
        List.of(
            predictions(prediction("new")),
            labels(label("kept", 1, 0)),
            predictions(prediction(Events.UNREGISTERED, "x", 0.5)));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> log.append(call));
    assertTrue(refused.getMessage().startsWith("modelName: batch 2 "), refused.getMessage());
    assertTrue(refused.getMessage().contains("'" + Events.UNREGISTERED + "'"));
    assertEquals(last, log.lastSequence());
    assertEquals(1, numbers("SELECT seq FROM prediction UNION ALL SELECT seq FROM label").size());
    assertEquals(1, heard.size());
    EventCommit retried = log.append(call.subList(0, 2));
    assertEquals(last + 2, retried.lastSequence());
    assertEquals(1, retried.joined().size());
  }

  @Test
  void aNumberTakenBehindTheLogsBackFailsOneWriteAndTheNextCatchesUp() throws SQLException {
    long last = log.append(List.of(predictions(prediction("a")))).lastSequence();
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      // As if a commit had gone through but its success had not been reported.
      s.executeUpdate(
          "INSERT INTO label (model_name, prediction_id, label, label_time_us, seq)"
              + " VALUES ('churn', 'a', 1, 0, "
              + (last + 1)
              + ")");
    }
    List<EventBatch> call = List.of(labels(label("b", 1, 0)));
    assertThrows(StoreException.class, () -> log.append(call));
    assertEquals(last + 1, log.lastSequence());
    assertEquals(last + 2, log.append(call).lastSequence());
  }

  @Test
  void atACommitBoundaryTheListenerHasHeardExactlyTheCommitsUpToTheLastNumber() throws Exception {
    List<EventCommit> recorded = new ArrayList<>();
    JdbcEventLog recording =
        new JdbcEventLog(
            database,
            c -> {
              synchronized (recorded) {
                recorded.add(c);
              }
            });
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 40; i++) {
                recording.append(List.of(predictions(prediction("w" + i))));
              }
            });
    writer.start();
    for (int flush = 0; flush < 20; flush++) {
      recording.atCommitBoundary(
          last -> {
            synchronized (recorded) {
              long heardUpTo =
                  recorded.isEmpty() ? last : recorded.get(recorded.size() - 1).lastSequence();
              assertEquals(last, heardUpTo);
            }
            return null;
          });
    }
    writer.join();
    assertEquals(40, recorded.size());
  }

  @Test
  void emptyBatchesStoreNothingAndTellNobody() {
    EventCommit nothing = log.append(List.of(predictions(), labels()));
    assertEquals(List.of(new BatchOutcome(0, 0, 0), new BatchOutcome(0, 0, 0)), nothing.outcomes());
    assertEquals(log.lastSequence(), nothing.lastSequence());
    assertEquals(List.of(), heard);
  }

  @Test
  void manyRecordsInOneCallSpanSeveralStatementsAndLookups() {
    List<PredictionRecord> many = new ArrayList<>();
    List<LabelRecord> early = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      many.add(prediction("m" + i));
      if (i % 3 == 0) {
        early.add(label("m" + i, i % 2, i));
      }
    }
    log.append(List.of(new EventBatch.Labels(early)));
    EventCommit commit =
        log.append(
            List.of(
                new EventBatch.Predictions(many.subList(0, 1000)),
                new EventBatch.Predictions(many)));
    assertEquals(
        List.of(new BatchOutcome(1000, 0, 0), new BatchOutcome(234, 1000, 0)), commit.outcomes());
    assertEquals(1234, commit.insertedPredictions().size());
    assertEquals(early.size(), commit.joined().size());
  }

  private List<Long> numbers(String sql) throws SQLException {
    List<Long> numbers = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        numbers.add(rows.getLong(1));
      }
    }
    numbers.sort(null);
    return numbers;
  }

  private static List<String> keys(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  private static List<String> sortedIds(List<PredictionRecord> predictions) {
    return predictions.stream().map(PredictionRecord::predictionId).sorted().toList();
  }

  static List<LabeledPrediction> sortedPairs(List<LabeledPrediction> pairs) {
    return pairs.stream()
        .sorted(
            java.util.Comparator.comparing(
                (LabeledPrediction p) ->
                    p.prediction().modelName() + "/" + p.prediction().predictionId()))
        .toList();
  }
}
