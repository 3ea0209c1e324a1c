package dev.vigil.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, whatever its source (two CSV files or a model's store), before it is
 * rendered.
 *
 * @param title e.g. the model's name or "reference.csv vs current.csv"
 * @param sources lines that say what was compared (files and rows, or model and time range)
 * @param generatedAt when the report was made, by the injected clock
 * @param drift empty when the source has no drift to report (e.g. no reference)
 * @param notes facts the reader should know that fit no section
 */
public record ReportDocument(
    String title,
    List<String> sources,
    Instant generatedAt,
    Verdict verdict,
    Optional<DriftSection> drift,
    List<QualityRow> quality,
    PerformanceSection performance,
    EstimatedSeries estimated,
    List<String> notes) {

  public ReportDocument {
    Objects.requireNonNull(title, "title");
    sources = List.copyOf(sources);
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(drift, "drift");
    quality = List.copyOf(quality);
    Objects.requireNonNull(performance, "performance");
    Objects.requireNonNull(estimated, "estimated");
    notes = List.copyOf(notes);
  }
}
