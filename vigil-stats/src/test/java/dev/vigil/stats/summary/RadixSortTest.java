package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RadixSortTest {

  private static void assertSortsLikeArraysSort(double[] values) {
    double[] expected = values.clone();
    Arrays.sort(expected);
    double[] actual = values.clone();
    RadixSort.sort(actual);
    assertArrayEquals(expected, actual); // compares bits, so -0.0 and 0.0 are told apart
  }

  @Test
  void sortsMixedSignsMagnitudesAndSpecialValues() {
    Random random = new Random(7);
    double[] values = new double[50_000];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (i % 7) {
            case 0 -> random.nextGaussian() * 1e6;
            case 1 -> -random.nextDouble();
            case 2 -> random.nextInt(10);
            case 3 -> i % 2 == 0 ? 0.0 : -0.0;
            case 4 -> random.nextGaussian() * 1e-300;
            case 5 -> i % 3 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            default -> Double.MIN_VALUE * (random.nextBoolean() ? 1 : -1);
          };
    }
    assertSortsLikeArraysSort(values);
  }

  @Test
  void sortsValuesThatShareTheirHighBits() {
    Random random = new Random(11);
    double[] values = new double[20_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1.0 + random.nextInt(100) * Math.ulp(1.0);
    }
    assertSortsLikeArraysSort(values);
  }

  @Test
  void sortsSmallAndConstantArrays() {
    assertSortsLikeArraysSort(new double[] {3, -1, 2});
    double[] constant = new double[RadixSort.SMALL * 2];
    Arrays.fill(constant, 4.5);
    assertSortsLikeArraysSort(constant);
  }
}
