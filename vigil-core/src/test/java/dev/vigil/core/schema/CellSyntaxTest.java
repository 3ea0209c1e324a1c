package dev.vigil.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-1",
        "+2",
        "3.25",
        ".5",
        "5.",
        "-0.0",
        "1e10",
        "1E-3",
        "2.5e+7",
        " 42 ",
        "\t7",
        "inf",
        "-inf",
        "+Infinity",
        "INF",
        "123456789012345678901234567890"
      })
  void numbers(String cell) {
    assertEquals(CellClass.NUMBER, CellSyntax.classify(cell));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "nan",
        "NA",
        "abc",
        "1,5",
        "1.2.3",
        "e5",
        "1e",
        "1e+",
        "--1",
        "+",
        "-",
        ".",
        "0x1F",
        "1d",
        "2f",
        "1 000",
        "12abc",
        "infinit",
        "K > 24 month"
      })
  void text(String cell) {
    assertEquals(CellClass.TEXT, CellSyntax.classify(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "TRUE", "False", " true "})
  void booleans(String cell) {
    assertEquals(CellClass.BOOLEAN, CellSyntax.classify(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \t "})
  void blanks(String cell) {
    assertEquals(CellClass.BLANK, CellSyntax.classify(cell));
  }

  @org.junit.jupiter.api.Test
  void classifiesASliceOfALargerBuffer() {
    char[] buffer = "abc,12.5,true".toCharArray();
    assertEquals(CellClass.TEXT, CellSyntax.classify(buffer, 0, 3));
    assertEquals(CellClass.NUMBER, CellSyntax.classify(buffer, 4, 4));
    assertEquals(CellClass.BOOLEAN, CellSyntax.classify(buffer, 9, 4));
    assertEquals(CellClass.BLANK, CellSyntax.classify(buffer, 3, 0));
  }

  @org.junit.jupiter.api.Test
  void infinityOnlyWithTheWholeWord() {
    assertTrue(CellSyntax.isInfinity("-inf".toCharArray(), 0, 4));
    assertFalse(CellSyntax.isInfinity("-in".toCharArray(), 0, 3));
  }
}
