package dev.vigil.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProbabilityRangeTest {

  private final Path file = Path.of("m.onnx");

  @Test
  void clipsFloatErrorJustOutsideZeroAndOne() {
    double[] checked = ProbabilityRange.checked(new double[] {-1e-7, 0, 0.3, 1, 1 + 1e-6}, file);
    assertArrayEquals(new double[] {0, 0, 0.3, 1, 1}, checked);
  }

  @Test
  void refusesNaNAsTheRowsFaultAndValuesThatAreNotProbabilitiesAsTheModels() {
    var nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProbabilityRange.checked(new double[] {0.5, Double.NaN}, file));
    assertTrue(nan.getMessage().startsWith("row 1: "), nan::getMessage);
    for (double bad : new double[] {-0.01, 1.01, 2.3, Double.POSITIVE_INFINITY}) {
      var refused =
          assertThrows(
              IllegalStateException.class,
              () -> ProbabilityRange.checked(new double[] {0.5, bad}, file));
      assertTrue(refused.getMessage().contains("gave " + bad + " for row 1"), refused::getMessage);
    }
  }
}
