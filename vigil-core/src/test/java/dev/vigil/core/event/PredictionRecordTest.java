package dev.vigil.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PredictionRecordTest {

  private static final Instant T = Instant.parse("2026-11-23T10:00:00.123456789Z");

  private static PredictionRecord record(String id, Map<String, Object> features, double score) {
    return new PredictionRecord("churn", id, "v1", T, features, score);
  }

  @Test
  void keepsFeatureOrderNullsAndTruncatesTimeToMicroseconds() {
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("z", 1.5);
    features.put("a", null);
    features.put("Ünï", "x");
    features.put("b", true);
    PredictionRecord r = record("a-1", features, 0.5);
    features.put("late", 2.0);
    assertEquals(List.of("z", "a", "Ünï", "b"), List.copyOf(r.features().keySet()));
    assertEquals(null, r.features().get("a"));
    assertEquals(Instant.parse("2026-11-23T10:00:00.123456Z"), r.eventTime());
    assertThrows(UnsupportedOperationException.class, () -> r.features().put("q", 1.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "slash/", "é"})
  void aBadIdIsRefusedNamingTheField(String id) {
    var e = assertThrows(IllegalArgumentException.class, () -> record(id, Map.of(), 0.5));
    assertTrue(e.getMessage().startsWith("predictionId"), e.getMessage());
  }

  @Test
  void idsUpTo200CharactersOfTheAllowedSetAreAccepted() {
    assertEquals("0f:A_b.c-", record("0f:A_b.c-", Map.of(), 0).predictionId());
    String longest = "x".repeat(200);
    assertEquals(longest, record(longest, Map.of(), 1).predictionId());
    assertThrows(IllegalArgumentException.class, () -> record(longest + "x", Map.of(), 1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void aScoreOutsideTheUnitIntervalIsRefused(double score) {
    var e = assertThrows(IllegalArgumentException.class, () -> record("a", Map.of(), score));
    assertTrue(e.getMessage().startsWith("score"), e.getMessage());
  }

  @Test
  void featureValuesOfOtherTypesOrNotFiniteAreRefusedNamingTheFeature() {
    var integer =
        assertThrows(IllegalArgumentException.class, () -> record("a", Map.of("n", 1), 0));
    assertTrue(integer.getMessage().startsWith("features.n must be"), integer.getMessage());
    var nan =
        assertThrows(IllegalArgumentException.class, () -> record("a", Map.of("m", Double.NaN), 0));
    assertTrue(nan.getMessage().startsWith("features.m must be finite"), nan.getMessage());
    Map<String, Object> blank = new HashMap<>();
    blank.put(" ", 1.0);
    assertThrows(IllegalArgumentException.class, () -> record("a", blank, 0));
  }

  @Test
  void modelNameAndVersionAreChecked() {
    var name =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PredictionRecord("bad name", "a", "v", T, Map.of(), 0));
    assertTrue(name.getMessage().startsWith("modelName"), name.getMessage());
    for (String version : List.of("", " ", "v".repeat(65))) {
      var e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new PredictionRecord("m", "a", version, T, Map.of(), 0));
      assertTrue(e.getMessage().startsWith("modelVersion"), e.getMessage());
    }
    assertEquals(
        "v".repeat(64),
        new PredictionRecord("m", "a", "v".repeat(64), T, Map.of(), 0).modelVersion());
  }

  @Test
  void labelsAreZeroOrOne() {
    assertEquals(1, new LabelRecord("m", "a", 1, T).label());
    var e = assertThrows(IllegalArgumentException.class, () -> new LabelRecord("m", "a", 2, T));
    assertTrue(e.getMessage().startsWith("label must be 0 or 1"), e.getMessage());
    var id = assertThrows(IllegalArgumentException.class, () -> new LabelRecord("m", "a b", 0, T));
    assertTrue(id.getMessage().startsWith("predictionId"), id.getMessage());
  }
}
