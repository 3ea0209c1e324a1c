package dev.vigil.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Two versions of a model side by side: every metric and param either has, with the recorded values
 * of each, and optionally both versions' metrics on the same labelled data.
 */
public record VersionComparison(
    ModelVersion a,
    ModelVersion b,
    List<Row<Double>> metrics,
    List<Row<String>> params,
    Optional<Evaluated> evaluated) {

  /** One metric or param: the value of version a and of version b, absent when one lacks it. */
  public record Row<T>(String name, Optional<T> a, Optional<T> b) {

    /** b minus a for a metric both have. */
    public Optional<Double> difference() {
      if (a.orElse(null) instanceof Double x && b.orElse(null) instanceof Double y) {
        return Optional.of(y - x);
      }
      return Optional.empty();
    }

    public boolean same() {
      return a.equals(b);
    }
  }

  /** Both versions' metrics measured by an evaluator on one data set. */
  public record Evaluated(String data, List<Row<Double>> metrics) {}

  public VersionComparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    metrics = List.copyOf(metrics);
    params = List.copyOf(params);
    Objects.requireNonNull(evaluated, "evaluated");
  }

  /** The recorded metrics and params of both, and their evaluation when an evaluator is given. */
  public static VersionComparison of(
      ModelVersion a, ModelVersion b, Optional<VersionEvaluator> evaluator) {
    Optional<Evaluated> evaluated =
        evaluator.map(e -> new Evaluated(e.dataDescription(), rows(e.evaluate(a), e.evaluate(b))));
    return new VersionComparison(
        a, b, rows(a.metrics(), b.metrics()), rows(a.params(), b.params()), evaluated);
  }

  private static <T> List<Row<T>> rows(Map<String, T> a, Map<String, T> b) {
    TreeSet<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    List<Row<T>> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(new Row<>(name, Optional.ofNullable(a.get(name)), Optional.ofNullable(b.get(name))));
    }
    return rows;
  }
}
