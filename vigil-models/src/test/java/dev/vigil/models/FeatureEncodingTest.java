package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureEncodingTest {

  private static final float NAN = Float.NaN;

  private static final FeatureEncoding LAYOUT =
      new FeatureEncoding(
          List.of(
              ModelInput.numeric("age"),
              ModelInput.categorical("country", List.of("France", "Spain")),
              ModelInput.bool("active")),
          Map.of());

  @Test
  void encodesEachKindInInputOrder() {
    assertEquals(4, LAYOUT.columns());
    assertArrayEquals(new float[] {41, 0, 1, 1}, encode(LAYOUT, 41.0, "Spain", true));
    assertArrayEquals(new float[] {0.5f, 1, 0, 0}, encode(LAYOUT, 0.5, "France", false));
  }

  @Test
  void missingValuesAreNanOrAllZeros() {
    assertArrayEquals(new float[] {NAN, 0, 0, NAN}, encode(LAYOUT, null, null, null));
    assertArrayEquals(new float[] {NAN, 0, 0, NAN}, encode(LAYOUT, " ", "", ""));
  }

  @Test
  void anUnknownCategoryIsAllZeros() {
    assertArrayEquals(new float[] {1, 0, 0, 1}, encode(LAYOUT, 1.0, "Italy", true));
    assertArrayEquals(new float[] {1, 0, 0, 1}, encode(LAYOUT, 1.0, "spain", true));
  }

  @Test
  void numbersAndBooleansSentAsTextAreAccepted() {
    assertArrayEquals(new float[] {42.5f, 1, 0, 1}, encode(LAYOUT, " 42.5", "France", "TRUE"));
    assertArrayEquals(new float[] {7, 1, 0, 0}, encode(LAYOUT, 7, "France", 0.0));
  }

  @Test
  void aValueOfTheWrongKindIsRefusedNamingTheInput() {
    assertRefused("age: row 0: expected a number, got String 'old'", "old", "France", true);
    assertRefused("age: row 0: expected a number, got Boolean true", true, "France", true);
    assertRefused(
        "age: row 0: a number must be finite, was NaN (send null for missing)",
        Double.NaN,
        "France",
        true);
    assertRefused("active: row 0: expected true or false, got String 'yes'", 1.0, "Spain", "yes");
    assertRefused("active: row 0: expected true or false, got Double 2.0", 1.0, "Spain", 2.0);
    InvalidFeatureException e =
        assertThrows(
            InvalidFeatureException.class,
            () ->
                LAYOUT.encode(
                    List.of(
                        new Object[] {1.0, "Spain", true}, new Object[] {1.0, List.of(), true})));
    assertEquals("country", e.input());
    assertEquals(1, e.row());
  }

  @Test
  void aRowOfTheWrongLengthIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LAYOUT.encode(List.<Object[]>of(new Object[2])));
    assertEquals(
        "rows: row 0 has 2 values but the model has 3 inputs [age, country, active]",
        e.getMessage());
  }

  @Test
  void fittingListsTheSeenCategoriesSortedAndStandardizesNumbers() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("x", ColumnKind.NUMERIC),
                new ColumnSchema("c", ColumnKind.CATEGORICAL),
                new ColumnSchema("b", ColumnKind.BOOLEAN)));
    List<Object[]> rows =
        List.of(
            new Object[] {1.0, "b", true},
            new Object[] {3.0, "a", false},
            new Object[] {null, null, null},
            new Object[] {5.0, 3.0, true});

    FeatureEncoding raw = FeatureEncoding.fit(schema, rows, false);
    FeatureEncoding scaled = FeatureEncoding.fit(schema, rows, true);

    assertEquals(List.of("3", "a", "b"), raw.inputs().get(1).categories());
    assertEquals(Map.of(), raw.scaling());
    // mean 3, population std sqrt(8/3) over the three present values
    assertEquals(new NumericScaling(3, Math.sqrt(8.0 / 3)), scaled.scaling().get("x"));
    float[] encoded = scaled.encode(List.<Object[]>of(new Object[] {5.0, "a", false})).values();
    assertArrayEquals(new float[] {(float) (2 / Math.sqrt(8.0 / 3)), 0, 1, 0, 0}, encoded);
    assertEquals(schema, scaled.schema());
  }

  @Test
  void aConstantColumnScalesToZero() {
    NumericScaling scaling = NumericScaling.fit(new double[] {4, 4, 4}, 3);
    assertEquals(new NumericScaling(4, 1), scaling);
    assertEquals(new NumericScaling(0, 1), NumericScaling.fit(new double[0], 0));
  }

  @Test
  void jsonRoundTripsExactly() {
    FeatureEncoding encoding =
        new FeatureEncoding(
            LAYOUT.inputs(), Map.of("age", new NumericScaling(38.91837500000001, 10.4876)));
    ObjectNode node = new ObjectMapper().createObjectNode();
    encoding.writeJson(node);

    assertEquals(encoding, FeatureEncoding.readJson(node));
    assertEquals(
        "{\"inputs\":[{\"name\":\"age\",\"kind\":\"numeric\"},"
            + "{\"name\":\"country\",\"kind\":\"categorical\",\"categories\":[\"France\",\"Spain\"]},"
            + "{\"name\":\"active\",\"kind\":\"boolean\"}],"
            + "\"encoding\":{\"numeric_scaling\":{\"age\":{\"mean\":38.91837500000001,\"std\":10.4876}}}}",
        node.toString());
  }

  @Test
  void scalingMustNameANumericInput() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new FeatureEncoding(LAYOUT.inputs(), Map.of("country", new NumericScaling(0, 1))));
    assertEquals("scaling: 'country' is not a numeric input", e.getMessage());
  }

  private static void assertRefused(String message, Object... row) {
    InvalidFeatureException e =
        assertThrows(InvalidFeatureException.class, () -> encode(LAYOUT, row));
    assertEquals(message, e.getMessage());
  }

  private static float[] encode(FeatureEncoding encoding, Object... row) {
    DenseRows rows = encoding.encode(List.<Object[]>of(row));
    assertEquals(1, rows.rows());
    return rows.values();
  }
}
