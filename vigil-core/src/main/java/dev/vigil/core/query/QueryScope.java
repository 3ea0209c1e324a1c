package dev.vigil.core.query;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.WindowQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked part every monitoring query shares: the model, the time range, the segment (all
 * records, or one value of one of the model's segment columns) and the version (empty: all).
 */
public record QueryScope(
    MonitoredModel model, TimeRange range, Segment segment, Optional<String> version) {

  public QueryScope {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(version, "version");
    if (!segment.isAll() && !model.segmentColumns().contains(segment.column())) {
      throw new IllegalArgumentException(
          "segment: '"
              + segment.column()
              + "' is not a segment column of model '"
              + model.name()
              + "' (its segment columns: "
              + (model.segmentColumns().isEmpty()
                  ? "none"
                  : String.join(", ", model.segmentColumns()))
              + ")");
    }
  }

  /** The base windows this scope reads. */
  public WindowQuery windowQuery() {
    return new WindowQuery(model.name(), range.from(), range.to(), segment, version);
  }
}
