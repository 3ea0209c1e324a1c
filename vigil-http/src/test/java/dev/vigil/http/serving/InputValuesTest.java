package dev.vigil.http.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.stats.drift.ColumnKind;
import org.junit.jupiter.api.Test;

/** What each input kind takes from each JSON value, and what each V2 datatype reads. */
class InputValuesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Object read(Datatype datatype, String element) throws Exception {
    return datatype.read(JSON.readTree(element));
  }

  @Test
  void numericInputsTakeNumbersAndNumbersAsText() {
    assertEquals(42.5, InputValues.forKind(ColumnKind.NUMERIC, 42.5));
    assertEquals(42.0, InputValues.forKind(ColumnKind.NUMERIC, " 42 "));
    assertNull(InputValues.forKind(ColumnKind.NUMERIC, ""));
    assertNull(InputValues.forKind(ColumnKind.NUMERIC, null));
    var text =
        assertThrows(
            IllegalArgumentException.class, () -> InputValues.forKind(ColumnKind.NUMERIC, "old"));
    assertTrue(text.getMessage().contains("'old' is not a number"), text.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> InputValues.forKind(ColumnKind.NUMERIC, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> InputValues.forKind(ColumnKind.NUMERIC, Double.POSITIVE_INFINITY));
  }

  @Test
  void booleanInputsTakeBooleansZeroOneAndTheirText() {
    assertEquals(true, InputValues.forKind(ColumnKind.BOOLEAN, 1.0));
    assertEquals(false, InputValues.forKind(ColumnKind.BOOLEAN, 0.0));
    assertEquals(true, InputValues.forKind(ColumnKind.BOOLEAN, "TRUE"));
    assertEquals(false, InputValues.forKind(ColumnKind.BOOLEAN, "0"));
    assertThrows(
        IllegalArgumentException.class, () -> InputValues.forKind(ColumnKind.BOOLEAN, 2.0));
    assertThrows(
        IllegalArgumentException.class, () -> InputValues.forKind(ColumnKind.BOOLEAN, "maybe"));
  }

  @Test
  void categoricalInputsTakeTextAndNumbersAsTheirText() {
    assertEquals("France", InputValues.forKind(ColumnKind.CATEGORICAL, "France"));
    assertEquals("2", InputValues.forKind(ColumnKind.CATEGORICAL, 2.0));
    assertEquals("2.5", InputValues.forKind(ColumnKind.CATEGORICAL, 2.5));
    assertEquals("true", InputValues.forKind(ColumnKind.CATEGORICAL, true));
  }

  @Test
  void datatypesReadTheirOwnElementsOnly() throws Exception {
    assertEquals(true, read(Datatype.BOOL, "true"));
    assertEquals(3.0, read(Datatype.INT64, "3"));
    assertEquals(3.0, read(Datatype.UINT8, "3.0"));
    assertEquals(0.25, read(Datatype.FP32, "0.25"));
    assertEquals("a", read(Datatype.BYTES, "\"a\""));
    assertNull(read(Datatype.FP64, "null"));
    assertThrows(IllegalArgumentException.class, () -> read(Datatype.BOOL, "1"));
    assertThrows(IllegalArgumentException.class, () -> read(Datatype.INT32, "1.5"));
    assertThrows(IllegalArgumentException.class, () -> read(Datatype.UINT16, "-1"));
    assertThrows(IllegalArgumentException.class, () -> read(Datatype.FP64, "\"1\""));
    assertThrows(IllegalArgumentException.class, () -> read(Datatype.BYTES, "1"));
    assertNull(Datatype.named("FP16"));
  }
}
