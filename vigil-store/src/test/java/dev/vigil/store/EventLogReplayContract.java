package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JdbcEventLog#replayAfter} against what the commits reported, over random interleavings of
 * predictions and labels (early, late, resent, conflicting, of two models); run once per database.
 */
abstract class EventLogReplayContract {

  private static final List<String> MODELS = List.of(Events.MODEL, Events.OTHER_MODEL);

  private Database database;
  private JdbcEventLog log;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    Events.resetWithModels(database);
    log = new JdbcEventLog(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  /** What a replay or some commits gave: predictions and pairs, each in its order. */
  record Seen(List<String> predictions, List<String> pairs) {}

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void replayingAfterAnyCommitGivesExactlyWhatTheLaterCommitsReported(long seed) {
    Random random = new Random(seed);
    long start = log.lastSequence();
    List<EventCommit> commits = new ArrayList<>();
    for (int call = 0; call < 25; call++) {
      commits.add(log.append(randomCall(random)));
    }
    assertTrue(commits.stream().anyMatch(c -> !c.joined().isEmpty()), "some pairs joined");
    List<Long> boundaries = new ArrayList<>(List.of(start));
    commits.forEach(c -> boundaries.add(c.lastSequence()));
    for (long after : boundaries) {
      List<EventCommit> later = commits.stream().filter(c -> c.lastSequence() > after).toList();
      assertEquals(reported(later), replayed(after), "after " + after + ", seed " + seed);
    }
  }

  /**
   * Detectors fed by the commits as they come, and detectors that load the states saved after each
   * commit in turn and replay the rest, end in the same state: the replay is in commit order.
   */
  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void detectorsRestoredAndReplayedAfterAnyCommitEndAsIfFedLive(long seed) {
    Random random = new Random(seed);
    JdbcModelStore models = new JdbcModelStore(database);
    LiveDetectors live = new LiveDetectors(models::find);
    List<Long> boundaries = new ArrayList<>(List.of(log.lastSequence()));
    List<List<SavedDetector>> saved = new ArrayList<>(List.of(List.of()));
    for (int call = 0; call < 40; call++) {
      live.record(log.append(randomCall(random)));
      boundaries.add(log.lastSequence());
      saved.add(live.changed());
    }
    assertTrue(live.of(Events.MODEL).size() == 2, live.of(Events.MODEL).toString());
    for (int i = 0; i < boundaries.size(); i++) {
      LiveDetectors restarted = new LiveDetectors(models::find);
      restarted.load(saved.get(i));
      log.replayAfter(boundaries.get(i), restarted);
      for (String model : MODELS) {
        assertEquals(live.of(model), restarted.of(model), "after " + boundaries.get(i));
      }
      // What the replay fed has the very bytes of the live detector's state.
      List<SavedDetector> replayed = restarted.changed();
      List<SavedDetector> same =
          live.changed().stream()
              .filter(d -> replayed.stream().anyMatch(r -> r.status().equals(d.status())))
              .toList();
      assertEquals(same, replayed, "after " + boundaries.get(i));
    }
  }

  private static List<EventBatch> randomCall(Random random) {
    List<EventBatch> batches = new ArrayList<>();
    for (int b = random.nextInt(3); b >= 0; b--) {
      int size = 1 + random.nextInt(15);
      if (random.nextBoolean()) {
        List<PredictionRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          records.add(Events.prediction(model(random), id(random), random.nextDouble()));
        }
        batches.add(new EventBatch.Predictions(records));
      } else {
        List<LabelRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          records.add(
              new LabelRecord(
                  model(random),
                  id(random),
                  random.nextInt(2),
                  Events.T0.plusSeconds(random.nextInt(1000))));
        }
        batches.add(new EventBatch.Labels(records));
      }
    }
    return batches;
  }

  private static String model(Random random) {
    return MODELS.get(random.nextInt(MODELS.size()));
  }

  private static String id(Random random) {
    return "id-" + random.nextInt(60);
  }

  private static Seen reported(List<EventCommit> commits) {
    List<PredictionRecord> predictions = new ArrayList<>();
    List<LabeledPrediction> pairs = new ArrayList<>();
    for (EventCommit commit : commits) {
      predictions.addAll(commit.insertedPredictions());
      pairs.addAll(commit.joined());
    }
    return canonical(predictions, pairs);
  }

  private Seen replayed(long after) {
    List<PredictionRecord> predictions = new ArrayList<>();
    List<LabeledPrediction> pairs = new ArrayList<>();
    log.replayAfter(
        after,
        new EventSink() {
          @Override
          public void prediction(PredictionRecord prediction) {
            predictions.add(prediction);
          }

          @Override
          public void joined(LabeledPrediction pair) {
            pairs.add(pair);
          }
        });
    return canonical(predictions, pairs);
  }

  /** In the order given: a replay gives each kind in the order the commits reported it. */
  private static Seen canonical(List<PredictionRecord> predictions, List<LabeledPrediction> pairs) {
    return new Seen(
        predictions.stream().map(Object::toString).toList(),
        pairs.stream().map(Object::toString).toList());
  }
}
