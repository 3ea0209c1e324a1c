package dev.vigil.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonitoredModelTest {

  private static final DatasetSchema SCHEMA =
      new DatasetSchema(
          List.of(
              new ColumnSchema("Age", ColumnKind.NUMERIC),
              new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
              new ColumnSchema("IsActiveMember", ColumnKind.BOOLEAN)));
  private static final ClassLabels LABELS =
      new ClassLabels("churn", List.of("1", "Yes", "true"), List.of("0", "No", "false"));

  private static MonitoredModel model(String name, double threshold, List<String> segments) {
    return new MonitoredModel(
        name,
        SCHEMA,
        LABELS,
        threshold,
        WindowGranularity.HOUR,
        segments,
        Instant.parse("2026-11-23T10:15:30.123456789Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "churn-model_v2.1", "A.B-C_9"})
  void acceptsNamesOfTheAllowedCharacters(String name) {
    assertEquals(name, model(name, 0.5, List.of()).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "slash/name", "ümlaut", "semi;colon"})
  void rejectsOtherNames(String name) {
    var e = assertThrows(IllegalArgumentException.class, () -> model(name, 0.5, List.of()));
    assertTrue(e.getMessage().startsWith("name "), e.getMessage());
  }

  @Test
  void nameLengthIsAtMost128() {
    assertEquals(128, model("x".repeat(128), 0.5, List.of()).name().length());
    assertThrows(IllegalArgumentException.class, () -> model("x".repeat(129), 0.5, List.of()));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void thresholdOutsideTheUnitIntervalIsRejected(double threshold) {
    var e = assertThrows(IllegalArgumentException.class, () -> model("m", threshold, List.of()));
    assertTrue(e.getMessage().contains("decisionThreshold"), e.getMessage());
  }

  @Test
  void thresholdBoundsAreAccepted() {
    assertEquals(0.0, model("m", 0.0, List.of()).decisionThreshold());
    assertEquals(1.0, model("m", 1.0, List.of()).decisionThreshold());
  }

  @Test
  void segmentColumnsMustBeDistinctNonNumericSchemaColumns() {
    assertEquals(
        List.of("Geography", "IsActiveMember"),
        model("m", 0.5, List.of("Geography", "IsActiveMember")).segmentColumns());
    for (List<String> bad :
        List.of(List.of("Country"), List.of("Age"), List.of("Geography", "Geography"))) {
      var e = assertThrows(IllegalArgumentException.class, () -> model("m", 0.5, bad));
      assertTrue(e.getMessage().startsWith("segmentColumns"), e.getMessage());
    }
  }

  @Test
  void emptySchemaIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MonitoredModel(
                "m",
                new DatasetSchema(List.of()),
                LABELS,
                0.5,
                WindowGranularity.MINUTE,
                List.of(),
                Instant.EPOCH));
  }

  @Test
  void creationTimeIsKeptToTheMicrosecond() {
    assertEquals(
        Instant.parse("2026-11-23T10:15:30.123456Z"), model("m", 0.5, List.of()).createdAt());
  }

  @Test
  void labelValuesSayWhichSideTheyMean() {
    assertEquals(Optional.of(true), LABELS.meaningOf("Yes"));
    assertEquals(Optional.of(false), LABELS.meaningOf("0"));
    assertEquals(Optional.empty(), LABELS.meaningOf("maybe"));
  }

  @Test
  void labelValuesMustBeDisjointNonBlankAndUnique() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClassLabels("churn", List.of("1"), List.of("0", "1")));
    assertThrows(
        IllegalArgumentException.class, () -> new ClassLabels("churn", List.of(" "), List.of("0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClassLabels("churn", List.of("1", "1"), List.of("0")));
    assertThrows(
        IllegalArgumentException.class, () -> new ClassLabels("churn", List.of(), List.of("0")));
    assertThrows(
        IllegalArgumentException.class, () -> new ClassLabels(" ", List.of("1"), List.of("0")));
  }

  @Test
  void granularityIdsRoundTrip() {
    for (WindowGranularity g : WindowGranularity.values()) {
      assertEquals(g, WindowGranularity.fromId(g.id()));
    }
    assertThrows(IllegalArgumentException.class, () -> WindowGranularity.fromId("day"));
  }
}
