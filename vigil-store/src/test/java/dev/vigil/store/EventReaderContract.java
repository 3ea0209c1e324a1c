package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static dev.vigil.store.Events.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.event.EventPosition;
import dev.vigil.core.event.EventReader;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.StoredPrediction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventReader} must do; run once per database by the subclasses. */
abstract class EventReaderContract {

  private static final Instant END = T0.plusSeconds(3600);

  private Database database;
  private EventReader reader;
  private JdbcPredictionStore predictions;
  private JdbcLabelStore labels;

  /** The database of this test class; each test starts with only the models of {@link Events}. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    reader = new JdbcEventReader(database);
    predictions = new JdbcPredictionStore(database);
    labels = new JdbcLabelStore(database);
    Events.resetWithModels(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static PredictionRecord at(String model, String id, String version, long seconds) {
    return new PredictionRecord(
        model, id, version, T0.plusSeconds(seconds), Map.of("Age", 40.0), 0.1 * (id.length() % 10));
  }

  private List<String> ids(List<StoredPrediction> read) {
    return read.stream().map(p -> p.prediction().predictionId()).toList();
  }

  private List<StoredPrediction> all(Optional<String> version) {
    return reader.predictionsBetween(MODEL, T0, END, version, Optional.empty(), 1000);
  }

  @Test
  void readsTheRangeInEventTimeOrderWithStoredLabelsWhicheverCameFirst() {
    // The label of "early" is stored before its prediction; "late" is stored first but later.
    labels.appendAll(List.of(new LabelRecord(MODEL, "early", 1, T0.minusSeconds(5))));
    predictions.appendAll(
        List.of(
            at(MODEL, "late", "v1", 30),
            at(MODEL, "before-range", "v1", -1),
            at(MODEL, "at-end", "v1", 3600),
            at(OTHER_MODEL, "other", "v1", 10)));
    predictions.appendAll(List.of(at(MODEL, "early", "v2", 0), at(MODEL, "middle", "v1", 20)));
    labels.appendAll(
        List.of(
            new LabelRecord(MODEL, "middle", 0, T0.plusSeconds(100)),
            new LabelRecord(MODEL, "never-predicted", 1, T0)));

    List<StoredPrediction> read = all(Optional.empty());

    assertEquals(List.of("early", "middle", "late"), ids(read));
    assertEquals(at(MODEL, "early", "v2", 0), read.get(0).prediction());
    assertEquals(
        Optional.of(new LabelRecord(MODEL, "early", 1, T0.minusSeconds(5))), read.get(0).label());
    assertEquals(
        Optional.of(new LabelRecord(MODEL, "middle", 0, T0.plusSeconds(100))), read.get(1).label());
    assertEquals(Optional.empty(), read.get(2).label());
    assertEquals(List.of("early"), ids(all(Optional.of("v2"))));
    assertEquals(List.of(), ids(all(Optional.of("v3"))));
    assertEquals(
        List.of(),
        reader.predictionsBetween(
            Events.UNREGISTERED, T0, END, Optional.empty(), Optional.empty(), 5));
  }

  @Test
  void pagesThroughTiesOfTheSameMicrosecondInStorageOrderExactlyOnce() {
    List<String> stored = new ArrayList<>();
    for (int batch = 0; batch < 3; batch++) {
      for (int i = 0; i < 4; i++) {
        // One commit each, so storage order is this order; the ids sort the other way.
        String id = "z" + (9 - i) + "-" + batch;
        predictions.appendAll(List.of(at(MODEL, id, "v1", batch == 1 ? 50 : 7)));
        stored.add(id);
      }
    }
    List<String> expected = new ArrayList<>(stored.subList(0, 4));
    expected.addAll(stored.subList(8, 12));
    expected.addAll(stored.subList(4, 8));

    List<String> paged = new ArrayList<>();
    Optional<EventPosition> after = Optional.empty();
    while (true) {
      List<StoredPrediction> page =
          reader.predictionsBetween(MODEL, T0, END, Optional.empty(), after, 3);
      if (page.isEmpty()) {
        break;
      }
      paged.addAll(ids(page));
      after = Optional.of(page.get(page.size() - 1).position());
    }

    assertEquals(expected, paged);
    assertEquals(expected, ids(all(Optional.empty())));
  }

  @Test
  void refusesALimitOutOfRange() {
    for (int limit : new int[] {0, EventReader.MAX_LIMIT + 1}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  reader.predictionsBetween(
                      MODEL, T0, END, Optional.empty(), Optional.empty(), limit));
      assertEquals(true, e.getMessage().startsWith("limit"), e.getMessage());
    }
  }
}
