package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The treap statistic against scipy's ks_2samp, a brute-force KS, and its O(log N) shape. */
class IncrementalKsTest {

  @Test
  void statisticEqualsScipyAfterEveryUpdate() {
    JsonNode iks = DetectorsBCases.root().get("iks");
    iks.fieldNames()
        .forEachRemaining(
            name -> {
              double[] values = DetectorsBCases.stream(name);
              int n = iks.get(name).get("window").asInt();
              double[] expected = DetectorsBCases.doubles(iks.get(name).get("statistics"));
              IncrementalKs ks = new IncrementalKs(7);
              for (int i = 0; i < n; i++) {
                ks.add(values[i], true);
                ks.add(values[i], false);
              }
              assertEquals(expected[0], ks.statistic(), 1e-12, name);
              for (int t = n; t < values.length; t++) {
                ks.remove(values[t - n], false);
                ks.add(values[t], false);
                assertEquals(expected[t - n + 1], ks.statistic(), 1e-12, name + " at " + t);
              }
            });
  }

  @Property(tries = 200)
  void statisticEqualsBruteForceUnderSlidesAndTies(
      @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 9) Integer> stream,
      @ForAll @IntRange(min = 1, max = 20) int window) {
    int n = Math.min(window, stream.size() - 1);
    IncrementalKs ks = new IncrementalKs(stream.size());
    for (int i = 0; i < n; i++) {
      ks.add(stream.get(i), true);
      ks.add(stream.get(i), false);
    }
    for (int t = n; t < stream.size(); t++) {
      ks.remove(stream.get(t - n), false);
      ks.add(stream.get(t), false);
      double[] a = stream.subList(0, n).stream().mapToDouble(Integer::doubleValue).toArray();
      double[] b =
          stream.subList(t - n + 1, t + 1).stream().mapToDouble(Integer::doubleValue).toArray();
      assertEquals(bruteForce(a, b), ks.statistic(), 1e-12);
    }
  }

  /** max over all sample points x of |#a<=x / n - #b<=x / n|, by counting. */
  static double bruteForce(double[] a, double[] b) {
    double d = 0;
    List<Double> points = new ArrayList<>();
    Arrays.stream(a).forEach(points::add);
    Arrays.stream(b).forEach(points::add);
    for (double x : points) {
      long ca = Arrays.stream(a).filter(v -> v <= x).count();
      long cb = Arrays.stream(b).filter(v -> v <= x).count();
      d = Math.max(d, Math.abs(ca - cb) / (double) a.length);
    }
    return d;
  }

  @Test
  void sortedInsertionsKeepTheTreapLogarithmic() {
    int n = 1 << 16;
    IncrementalKs ks = new IncrementalKs(1);
    for (int i = 0; i < n; i++) {
      ks.add(i, true);
    }
    double log2n = 16;
    // A plain search tree fed sorted keys would be n deep; a random treap is about 2.99 log2 n
    // deep in expectation at this size.
    assertTrue(ks.height() <= 4 * log2n, "height " + ks.height());
    long before = ks.visits();
    for (int i = 0; i < n; i++) {
      ks.add(n + i, false);
    }
    double perOperation = (ks.visits() - before) / (double) n;
    assertTrue(perOperation <= 6 * log2n, "visits per insert " + perOperation);
    assertTrue(perOperation >= 1, "visits are counted");
  }

  @Test
  void removingAValueNotHeldIsRejectedAndLeavesTheTreapIntact() {
    IncrementalKs ks = new IncrementalKs(3);
    ks.add(1.0, true);
    ks.add(2.0, false);
    assertThrows(IllegalArgumentException.class, () -> ks.remove(1.0, false));
    assertThrows(IllegalArgumentException.class, () -> ks.remove(5.0, true));
    assertEquals(1.0, ks.statistic());
    ks.remove(2.0, false);
    ks.add(1.0, false);
    assertEquals(0.0, ks.statistic());
  }
}
