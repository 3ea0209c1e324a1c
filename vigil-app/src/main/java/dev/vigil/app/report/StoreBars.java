package dev.vigil.app.report;

import dev.vigil.core.query.CategoryShare;
import dev.vigil.core.query.DistributionBin;
import dev.vigil.core.query.FeatureDistribution;
import dev.vigil.core.query.LabelDrift;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Store mode's bars: the distribution query's bins (the reference's deciles for a numeric feature,
 * its top categories otherwise), then the most frequent categories the reference never saw, the
 * rest of those pooled in one bar.
 */
final class StoreBars {

  static final String UNSEEN = "(other unseen)";

  private StoreBars() {}

  static Bars of(MonitoringQueries queries, QueryParameters parameters, String feature) {
    FeatureDistribution d = queries.distribution(parameters, feature);
    List<String> labels = new ArrayList<>();
    List<Double> reference = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    for (DistributionBin bin : d.bins()) {
      labels.add(bin.label());
      reference.add(bin.referenceShare());
      current.add(bin.currentShare());
    }
    double named = 0;
    for (CategoryShare unseen : d.unseen().stream().limit(CsvBars.TOP_UNSEEN).toList()) {
      labels.add(unseen.category());
      reference.add(0.0);
      current.add(unseen.share());
      named += unseen.share();
    }
    if (d.unseenShare() - named > 1e-12) {
      labels.add(UNSEEN);
      reference.add(0.0);
      current.add(Math.min(1, d.unseenShare() - named));
    }
    return new Bars(false, labels, reference, current);
  }

  /** The label's two classes, by the reference's and the range's positive rates. */
  static Bars label(LabelDrift label) {
    return new Bars(
        false,
        List.of("0", "1"),
        List.of(1 - label.referencePositiveRate(), label.referencePositiveRate()),
        List.of(1 - label.currentPositiveRate(), label.currentPositiveRate()));
  }
}
