package dev.vigil.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.stats.drift.ColumnKind;
import org.junit.jupiter.api.Test;

class KindInferenceTest {

  private static ColumnKind infer(String... cells) {
    KindInference inference = new KindInference();
    for (String cell : cells) {
      inference.add(CellSyntax.classify(cell));
    }
    return inference.kind();
  }

  @Test
  void numericWhenEveryNonBlankCellIsANumber() {
    assertEquals(ColumnKind.NUMERIC, infer("1", "2.5", "-3e2", "inf"));
  }

  @Test
  void numericExceptForBlanksIsNumeric() {
    assertEquals(ColumnKind.NUMERIC, infer("1", "", " ", "2"));
  }

  @Test
  void oneWordMakesTheColumnCategorical() {
    assertEquals(ColumnKind.CATEGORICAL, infer("1", "2", "abc", "3"));
  }

  @Test
  void nanTextIsNotMissing() {
    assertEquals(ColumnKind.CATEGORICAL, infer("1", "NaN"));
  }

  @Test
  void booleanWhenEveryNonBlankCellIsTrueOrFalse() {
    assertEquals(ColumnKind.BOOLEAN, infer("true", "FALSE", "", "True"));
  }

  @Test
  void booleansMixedWithNumbersAreCategorical() {
    assertEquals(ColumnKind.CATEGORICAL, infer("true", "0", "false"));
  }

  @Test
  void booleansMixedWithWordsAreCategorical() {
    assertEquals(ColumnKind.CATEGORICAL, infer("true", "yes"));
  }

  @Test
  void zeroOneColumnsAreNumeric() {
    assertEquals(ColumnKind.NUMERIC, infer("0", "1", "1"));
  }

  @Test
  void anAllBlankColumnIsNumericWithoutValues() {
    KindInference inference = new KindInference();
    inference.add(CellClass.BLANK);
    assertEquals(ColumnKind.NUMERIC, inference.kind());
    assertEquals(0, inference.values());
  }
}
