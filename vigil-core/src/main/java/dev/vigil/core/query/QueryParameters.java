package dev.vigil.core.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A monitoring query as a client gives it, unparsed: the model's name and the optional {@code
 * from}, {@code to}, {@code granularity}, {@code segment} and {@code version} texts. {@link
 * MonitoringQueries} parses and checks them, naming the parameter at fault. Blank texts count as
 * absent.
 */
public record QueryParameters(
    String model,
    Optional<String> from,
    Optional<String> to,
    Optional<String> granularity,
    Optional<String> segment,
    Optional<String> version) {

  public QueryParameters {
    Objects.requireNonNull(model, "model");
    from = present(from);
    to = present(to);
    granularity = present(granularity);
    segment = present(segment);
    version = present(version);
  }

  /** The parameters of a query that gives only the model: the defaults for everything else. */
  public static QueryParameters of(String model) {
    return new QueryParameters(
        model,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public QueryParameters withRange(String from, String to) {
    return new QueryParameters(
        model, Optional.of(from), Optional.of(to), granularity, segment, version);
  }

  public QueryParameters withGranularity(String granularity) {
    return new QueryParameters(model, from, to, Optional.of(granularity), segment, version);
  }

  public QueryParameters withSegment(String segment) {
    return new QueryParameters(model, from, to, granularity, Optional.of(segment), version);
  }

  public QueryParameters withVersion(String version) {
    return new QueryParameters(model, from, to, granularity, segment, Optional.of(version));
  }

  private static Optional<String> present(Optional<String> text) {
    return Objects.requireNonNull(text).filter(t -> !t.isBlank());
  }
}
