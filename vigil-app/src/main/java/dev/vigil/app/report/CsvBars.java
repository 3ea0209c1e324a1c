package dev.vigil.app.report;

import dev.vigil.app.csv.TableColumn;
import dev.vigil.stats.summary.CategoryCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The bars of a CSV column on both sides: equal-width bins over the two sides' common range for a
 * numeric column with many values, one bar per value when it has few; for a categorical one the
 * reference's most frequent categories, then the current side's most frequent new ones, then the
 * rest pooled.
 */
final class CsvBars {

  static final int NUMERIC_BINS = 20;
  static final int TOP_CATEGORIES = 20;
  static final int TOP_UNSEEN = 5;
  static final String OTHER = "(other)";

  private CsvBars() {}

  static Bars numeric(TableColumn.Numeric reference, TableColumn.Numeric current) {
    TreeSet<Double> distinct = new TreeSet<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] side : List.of(reference.values(), current.values())) {
      for (double v : side) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
          if (distinct.size() <= NUMERIC_BINS) {
            distinct.add(v + 0.0);
          }
        }
      }
    }
    if (distinct.isEmpty()) {
      return Bars.none();
    }
    if (distinct.size() <= NUMERIC_BINS) {
      return perValue(new ArrayList<>(distinct), reference.values(), current.values());
    }
    return binned(min, max, reference.values(), current.values());
  }

  private static Bars perValue(List<Double> values, double[] reference, double[] current) {
    List<String> labels = values.stream().map(Format::number).toList();
    return new Bars(false, labels, valueShares(values, reference), valueShares(values, current));
  }

  private static List<Double> valueShares(List<Double> values, double[] side) {
    long[] counts = new long[values.size()];
    long total = 0;
    for (double v : side) {
      int at = values.indexOf(v + 0.0);
      if (at >= 0) {
        counts[at]++;
        total++;
      }
    }
    return shares(counts, total);
  }

  private static Bars binned(double min, double max, double[] reference, double[] current) {
    double width = (max - min) / NUMERIC_BINS;
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < NUMERIC_BINS; b++) {
      labels.add(Format.number(min + b * width) + "–" + Format.number(min + (b + 1) * width));
    }
    return new Bars(true, labels, binShares(min, width, reference), binShares(min, width, current));
  }

  /** Bins {@code [min + b·width, min + (b+1)·width)}, the last one closed. */
  private static List<Double> binShares(double min, double width, double[] side) {
    long[] counts = new long[NUMERIC_BINS];
    long total = 0;
    for (double v : side) {
      if (Double.isFinite(v)) {
        counts[Math.min(NUMERIC_BINS - 1, (int) ((v - min) / width))]++;
        total++;
      }
    }
    return shares(counts, total);
  }

  static Bars categorical(CategoryCounts reference, CategoryCounts current) {
    List<String> labels = new ArrayList<>(mostFrequent(reference, TOP_CATEGORIES, List.of()));
    // The current side's most frequent new categories get bars of their own: the reader sees them.
    labels.addAll(mostFrequent(current, TOP_UNSEEN, reference.counts().keySet()));
    boolean other =
        reference.counts().keySet().stream().anyMatch(c -> !labels.contains(c))
            || current.counts().keySet().stream().anyMatch(c -> !labels.contains(c));
    List<String> top = List.copyOf(labels);
    if (other) {
      labels.add(OTHER);
    }
    return new Bars(
        false, labels, categoryShares(top, other, reference), categoryShares(top, other, current));
  }

  private static List<String> mostFrequent(
      CategoryCounts counts, int limit, java.util.Collection<String> leftOut) {
    return counts.counts().entrySet().stream()
        .filter(e -> !leftOut.contains(e.getKey()))
        .sorted(
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<Double> categoryShares(List<String> top, boolean other, CategoryCounts side) {
    long[] counts = new long[top.size() + (other ? 1 : 0)];
    side.counts()
        .forEach(
            (category, count) -> {
              int at = top.indexOf(category);
              counts[at >= 0 ? at : top.size()] += count;
            });
    return shares(counts, side.count());
  }

  private static List<Double> shares(long[] counts, long total) {
    List<Double> shares = new ArrayList<>(counts.length);
    for (long c : counts) {
      shares.add(total == 0 ? 0.0 : (double) c / total);
    }
    return shares;
  }
}
