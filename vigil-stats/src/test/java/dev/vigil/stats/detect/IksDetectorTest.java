package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IKS detector against a direct (sorting) implementation of the same rule. */
class IksDetectorTest {

  @Test
  void signalsEqualTheRuleComputedByBruteForce() {
    for (String name : DetectorsBCases.streamNames()) {
      double[] values = DetectorsBCases.stream(name);
      for (int window : new int[] {30, 100}) {
        Iks iks = Iks.of(DetectorParameters.parse(List.of("window_size=" + window)));
        assertEquals(
            bruteForce(values, window, iks.threshold()), DetectorsBCases.drifts(iks, values), name);
      }
    }
  }

  @Test
  void detectsTheAbruptShiftSoonAndThenSettles() {
    List<Integer> drifts =
        DetectorsBCases.drifts(Iks.of(DetectorParameters.none()), DetectorsBCases.stream("abrupt"));
    assertTrue(drifts.stream().anyMatch(i -> i >= 1000 && i < 1100), drifts.toString());
    // A first detection mid-transition makes a mixed window the reference, so at most one more
    // follows once the window holds only the new regime; none after that.
    assertTrue(drifts.stream().filter(i -> i >= 1000).count() <= 2, drifts.toString());
    assertTrue(drifts.stream().allMatch(i -> i < 1000 + 2 * 100), drifts.toString());
  }

  /** Reference = first n values; after each drift the current window becomes the reference. */
  static List<Integer> bruteForce(double[] values, int n, double threshold) {
    List<Integer> hits = new ArrayList<>();
    double[] reference = Arrays.copyOf(values, n);
    for (int t = n; t < values.length; t++) {
      double[] current = Arrays.copyOfRange(values, t - n + 1, t + 1);
      if (IncrementalKsTest.bruteForce(reference, current) > threshold) {
        hits.add(t);
        reference = current;
      }
    }
    return hits;
  }
}
