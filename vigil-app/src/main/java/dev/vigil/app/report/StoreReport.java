package dev.vigil.app.report;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.MissingReferenceException;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.PeriodQueries;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.core.query.QueryScope;
import dev.vigil.core.query.UnknownModelException;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.WindowSource;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventReader;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a report on a monitored model from Vigil's store, through the core's queries: drift and
 * distributions of the range against the model's reference, data quality, and count-based periods
 * with realized performance, judged by the degradation policy against the previous period. Reads
 * the stored windows only: what a running server has not flushed yet is not in the report. A
 * reference file, when given, replaces the stored reference and, with scores and labels, gives the
 * decision its baseline.
 */
public final class StoreReport {

  private StoreReport() {}

  public static ReportDocument build(Database database, StoreReportRequest request, Clock clock) {
    JdbcModelStore models = new JdbcModelStore(database);
    MonitoredModel model =
        models.find(request.model()).orElseThrow(() -> new UnknownModelException(request.model()));
    Optional<CsvReference> file = request.reference().map(f -> CsvReference.read(model, f));
    ReferenceStore references =
        file.map(CsvReference::store).orElseGet(() -> new JdbcReferenceStore(database));
    MonitoringQueries queries =
        new MonitoringQueries(
            models, WindowSource.of(new JdbcWindowStore(database)), references, clock);
    PeriodQueries periods =
        new PeriodQueries(models, new JdbcEventReader(database), references, clock);
    QueryParameters parameters =
        new QueryParameters(
            request.model(),
            request.from(),
            request.to(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    StorePeriods.Read read = StorePeriods.read(periods, request);
    List<String> notes = new ArrayList<>();
    Optional<DriftSection> drift = drift(queries, parameters, notes);
    PerformanceSection performance =
        StorePeriods.performance(read, request.policy(), file.flatMap(CsvReference::baseline));
    EstimatedSeries estimated =
        new StoreEstimates(
                queries, parameters, read.scope().range().length(), model.windowGranularity())
            .estimate();
    return new ReportDocument(
        request.model(),
        sources(read.scope(), request),
        clock.instant(),
        Verdict.of(drift, performance, estimated),
        drift,
        StoreQuality.of(queries, parameters),
        performance,
        estimated,
        notes);
  }

  private static List<String> sources(QueryScope scope, StoreReportRequest request) {
    return List.of(
        "Model: " + scope.model().name(),
        "Range: " + scope.range().from() + " to " + scope.range().to() + " (UTC)",
        "Periods: " + request.batchSize() + " predictions each, in event time order",
        "Reference: "
            + request.reference().map(f -> f.path().toString()).orElse("the model's stored one"),
        "Decision threshold: " + Format.number(scope.model().decisionThreshold()));
  }

  private static Optional<DriftSection> drift(
      MonitoringQueries queries, QueryParameters parameters, List<String> notes) {
    DriftView view;
    try {
      view = queries.drift(parameters);
    } catch (MissingReferenceException e) {
      notes.add("No drift: " + e.getMessage());
      return Optional.empty();
    }
    List<FeatureRow> features =
        view.features().columns().stream()
            .map(c -> new FeatureRow(c, StoreBars.of(queries, parameters, c.name())))
            .toList();
    Optional<FeatureRow> target =
        view.label().map(l -> new FeatureRow(l.drift(), StoreBars.label(l)));
    Optional<FeatureRow> scores = view.prediction().map(c -> new FeatureRow(c, Bars.none()));
    List<String> skipped =
        view.skipped().stream().map(s -> s.feature() + ": " + s.reason()).toList();
    notes.add(
        "Drift compares the "
            + view.predictions()
            + " predictions of the range with the reference stamped "
            + view.reference().uploadedAt()
            + ".");
    return Optional.of(new DriftSection(view.features(), features, target, scores, skipped));
  }
}
