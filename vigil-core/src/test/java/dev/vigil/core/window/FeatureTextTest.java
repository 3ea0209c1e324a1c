package dev.vigil.core.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical text of numbers where a category is needed. */
class FeatureTextTest {

  @ParameterizedTest
  @CsvSource({
    "1.0, 1",
    "-3.0, -3",
    "-0.0, 0",
    "2.5, 2.5",
    "0.1, 0.1",
    "12345678.5, 1.23456785E7",
    "1.0E-5, 1.0E-5",
    "9007199254740992, 9007199254740992",
    "-9007199254740992, -9007199254740992",
    "1.8014398509481984E16, 1.8014398509481984E16",
    "1.0E20, 1.0E20"
  })
  void numbers(double value, String text) {
    assertEquals(text, FeatureText.number(value));
    assertEquals(text, FeatureText.of(value));
  }

  @Test
  void otherValues() {
    assertEquals("Yes", FeatureText.of("Yes"));
    assertEquals("true", FeatureText.of(true));
    assertEquals("false", FeatureText.of(false));
    assertNull(FeatureText.of(null));
    assertNull(FeatureText.of(1L)); // not a type records carry
  }
}
