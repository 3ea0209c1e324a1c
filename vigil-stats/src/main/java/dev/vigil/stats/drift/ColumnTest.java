package dev.vigil.stats.drift;

import dev.vigil.stats.summary.CategoricalDistribution;
import dev.vigil.stats.summary.NumericDistribution;
import dev.vigil.stats.summary.ValueCounts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Runs one drift method on one column, exactly where the inputs allow it. */
final class ColumnTest {

  private ColumnTest() {}

  static DriftResult run(ColumnInput column, DriftMethod method, double threshold) {
    requireNonEmpty(column);
    if (column.reference() instanceof ColumnData.Numeric r
        && column.current() instanceof ColumnData.Numeric c) {
      return numeric(column.name(), r.distribution(), c.distribution(), method, threshold);
    }
    ColumnData.Categorical r = (ColumnData.Categorical) column.reference();
    ColumnData.Categorical c = (ColumnData.Categorical) column.current();
    return categorical(column.name(), r.distribution(), c.distribution(), method, threshold);
  }

  static void requireNonEmpty(ColumnInput column) {
    if (column.reference().count() == 0) {
      throw new IllegalArgumentException("column " + column.name() + ": reference data is empty");
    }
    if (column.current().count() == 0) {
      throw new IllegalArgumentException("column " + column.name() + ": current data is empty");
    }
  }

  private static DriftResult numeric(
      String name,
      NumericDistribution r,
      NumericDistribution c,
      DriftMethod method,
      double threshold) {
    return switch (method) {
      case KS -> KolmogorovSmirnovTest.test(r, c, threshold);
      case WASSERSTEIN -> WassersteinDistance.test(r, c, true, threshold);
      case WASSERSTEIN_RAW -> WassersteinDistance.test(r, c, false, threshold);
      case CHI_SQUARE -> ChiSquareTest.test(perDistinctValue(r, c), threshold);
      case Z -> numericZ(name, r, c, threshold);
      case PSI -> BinnedDistances.result(method, Binning.referenceQuantiles(r, c), threshold);
      case KL_DIV, JENSEN_SHANNON, HELLINGER, LINF ->
          BinnedDistances.result(method, Binning.evidently(r, c), threshold);
    };
  }

  /** Counts per distinct value when both sides know them; else Evidently's bins, inexactly. */
  private static BinnedCounts perDistinctValue(NumericDistribution r, NumericDistribution c) {
    Optional<ExactNumeric> er = ExactNumeric.of(r);
    Optional<ExactNumeric> ec = ExactNumeric.of(c);
    if (er.isPresent() && ec.isPresent()) {
      return Binning.perValue(er.get().valueCounts(), ec.get().valueCounts());
    }
    // A sketched side keeps no distinct values: its Evidently bins (inexact) stand in.
    return Binning.evidently(r, c);
  }

  private static DriftResult numericZ(
      String name, NumericDistribution r, NumericDistribution c, double threshold) {
    OptionalInt unique = DistinctValues.numeric(r, c, 2);
    if (unique.isEmpty() || unique.getAsInt() > 2) {
      throw new IllegalArgumentException(
          "column " + name + ": the z test needs at most 2 distinct values");
    }
    ValueCounts vr = ExactNumeric.of(r).orElseThrow().valueCounts();
    ValueCounts vc = ExactNumeric.of(c).orElseThrow().valueCounts();
    double first = Math.min(vr.values()[0], vc.values()[0]);
    long rFirst = vr.values()[0] == first ? vr.counts()[0] : 0;
    long cFirst = vc.values()[0] == first ? vc.counts()[0] : 0;
    boolean single = unique.getAsInt() == 1;
    return ProportionZTest.test(rFirst, r.count(), cFirst, c.count(), single, threshold);
  }

  private static DriftResult categorical(
      String name,
      CategoricalDistribution r,
      CategoricalDistribution c,
      DriftMethod method,
      double threshold) {
    return switch (method) {
      case KS, WASSERSTEIN, WASSERSTEIN_RAW ->
          throw new IllegalArgumentException(
              "column " + name + ": " + method.id() + " needs a numeric column");
      case CHI_SQUARE -> ChiSquareTest.test(CategoryBins.of(r, c), threshold);
      case Z -> categoricalZ(name, r, c, threshold);
      case PSI, KL_DIV, JENSEN_SHANNON, HELLINGER, LINF ->
          BinnedDistances.result(method, CategoryBins.of(r, c), threshold);
    };
  }

  private static DriftResult categoricalZ(
      String name, CategoricalDistribution r, CategoricalDistribution c, double threshold) {
    List<String> keys = CategoryBins.categories(r, c);
    if (!r.isExact() || !c.isExact() || keys.size() > 2) {
      throw new IllegalArgumentException(
          "column " + name + ": the z test needs at most 2 distinct values");
    }
    String first = keys.get(0);
    long rFirst = r.counts().getOrDefault(first, 0L);
    long cFirst = c.counts().getOrDefault(first, 0L);
    return ProportionZTest.test(rFirst, r.count(), cFirst, c.count(), keys.size() == 1, threshold);
  }
}
