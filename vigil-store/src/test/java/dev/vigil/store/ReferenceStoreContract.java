package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.ReferenceSummaryCodec;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReferenceStore} must do; run once per database by the subclasses. */
abstract class ReferenceStoreContract {

  private Database database;
  private ReferenceStore store;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    Events.resetWithModels(database);
    store = new JdbcReferenceStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static ReferenceSummary reference(Instant uploadedAt, int rows) {
    PredictionRecorder scores = new PredictionRecorder(0.37);
    NumericRecorder age = new NumericRecorder();
    CategoricalRecorder geography = new CategoricalRecorder();
    CategoricalRecorder target = new CategoricalRecorder();
    for (int i = 0; i < rows; i++) {
      scores.record((i % 10) / 10.0);
      age.record(18 + i % 60);
      geography.record(i % 3 == 0 ? "Germany" : "France");
      target.record(i % 4 == 0 ? "1" : "0");
    }
    return new ReferenceSummary(
        uploadedAt,
        rows,
        Map.of(
            "Age", new FeatureSummary.Numeric(age.summary(), 0),
            "Geography", new FeatureSummary.Categorical(geography.summary(), 2)),
        scores.summary(),
        target.summary());
  }

  private static String bytes(Optional<ReferenceSummary> reference) {
    return reference.map(r -> HexFormat.of().formatHex(ReferenceSummaryCodec.encode(r))).orElse("");
  }

  @Test
  void aReferenceIsStoredWholeAndReplacedByTheNextOne() {
    assertEquals(Optional.empty(), store.find(MODEL));
    ReferenceSummary first = reference(Instant.parse("2026-11-23T10:15:30.123456Z"), 50);
    store.put(MODEL, first);
    assertEquals(bytes(Optional.of(first)), bytes(store.find(MODEL)));
    assertEquals(first.uploadedAt(), store.find(MODEL).orElseThrow().uploadedAt());
    ReferenceSummary second = reference(Instant.parse("1969-12-31T23:59:59.999999Z"), 5000);
    store.put(MODEL, second);
    assertEquals(bytes(Optional.of(second)), bytes(store.find(MODEL)));
    assertEquals(5000, store.find(MODEL).orElseThrow().rows());
    assertEquals(Optional.empty(), store.find(OTHER_MODEL));
  }

  @Test
  void theReferenceOfAnUnregisteredModelIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.put(Events.UNREGISTERED, reference(Instant.EPOCH, 3)));
    assertTrue(refused.getMessage().startsWith("name: "), refused.getMessage());
    assertTrue(refused.getMessage().contains("'" + Events.UNREGISTERED + "'"));
    assertEquals(Optional.empty(), store.find(Events.UNREGISTERED));
  }

  @Test
  void referencesSurviveReopening() {
    ReferenceSummary kept = reference(Instant.parse("2026-01-01T00:00:00Z"), 20);
    store.put(OTHER_MODEL, kept);
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcReferenceStore(database);
    assertEquals(bytes(Optional.of(kept)), bytes(store.find(OTHER_MODEL)));
  }
}
