package dev.vigil.app.report;

import dev.vigil.core.query.BucketStats;
import dev.vigil.core.query.FeatureQuality;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.core.query.ReferenceCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Store mode's data quality: the windows query's per-feature counts, summed over the range. */
final class StoreQuality {

  private StoreQuality() {}

  static List<QualityRow> of(MonitoringQueries queries, QueryParameters parameters) {
    Map<String, QualityRow> rows = new LinkedHashMap<>();
    for (BucketStats bucket : buckets(queries, parameters)) {
      for (FeatureQuality q : bucket.dataQuality()) {
        rows.merge(q.feature(), row(q), StoreQuality::sum);
      }
    }
    return List.copyOf(rows.values());
  }

  /** Day buckets (few rows to read), or the model's own when its windows are longer than a day. */
  private static List<BucketStats> buckets(MonitoringQueries queries, QueryParameters parameters) {
    try {
      return queries.windows(parameters.withGranularity("day")).buckets();
    } catch (IllegalArgumentException finerThanTheModel) {
      return queries.windows(parameters).buckets();
    }
  }

  private static QualityRow row(FeatureQuality q) {
    return new QualityRow(
        q.feature(),
        q.kind().id(),
        q.values(),
        q.missing(),
        OptionalLong.of(q.typeErrors()),
        count(q.outOfRange()),
        count(q.unseenCategories()));
  }

  private static OptionalLong count(Optional<ReferenceCount> count) {
    return count.map(c -> OptionalLong.of(c.count())).orElse(OptionalLong.empty());
  }

  private static QualityRow sum(QualityRow a, QualityRow b) {
    return new QualityRow(
        a.feature(),
        a.kind(),
        a.values() + b.values(),
        a.missing() + b.missing(),
        plus(a.typeErrors(), b.typeErrors()),
        plus(a.outOfRange(), b.outOfRange()),
        plus(a.unseen(), b.unseen()));
  }

  private static OptionalLong plus(OptionalLong a, OptionalLong b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : OptionalLong.of(a.getAsLong() + b.getAsLong());
  }
}
