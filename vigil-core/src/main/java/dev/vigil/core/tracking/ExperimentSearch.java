package dev.vigil.core.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search of experiments (MLflow's experiments/search): those the view lets through and that match
 * the filter, comparisons joined by {@code AND} on {@code name} or {@code tags.<key>} with {@code =
 * != LIKE ILIKE}; ordered by {@code order_by} clauses on {@code name}, {@code experiment_id},
 * {@code creation_time} or {@code last_update_time} (default: the latest created first); one page
 * of at most {@code maxResults} (1 to {@value #MAX_RESULTS}).
 */
public record ExperimentSearch(
    ViewType view, String filter, int maxResults, List<String> orderBy, String pageToken) {

  public static final int DEFAULT_MAX_RESULTS = 1000;
  public static final int MAX_RESULTS = 50_000;

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*(?:(tags?)\\.)?(`[^`]+`|[\\w.\\-/:]+)\\s*(!=|=|(?i:ilike|like)(?=\\s))\\s*"
              + "('(?:[^']|'')*'|\"[^\"]*\")\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDER =
      Pattern.compile(
          "\\s*(?:attributes?\\.)?(\\w+)(?:\\s+(ASC|DESC))?\\s*", Pattern.CASE_INSENSITIVE);

  public ExperimentSearch {
    Objects.requireNonNull(view, "view");
    orderBy = List.copyOf(orderBy);
    if (maxResults < 1 || maxResults > MAX_RESULTS) {
      throw new IllegalArgumentException(
          "max_results: must be in [1, " + MAX_RESULTS + "], was " + maxResults);
    }
  }

  Predicate<Experiment> predicate() {
    Predicate<Experiment> all = e -> view.includes(e.lifecycleStage());
    if (filter == null || filter.isBlank()) {
      return all;
    }
    for (String clause : filter.split("(?i)\\s+and\\s+")) {
      all = all.and(clause(clause));
    }
    return all;
  }

  private static Predicate<Experiment> clause(String text) {
    Matcher m = CLAUSE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "filter: '" + text.strip() + "' is not a comparison such as name = 'churn'");
    }
    String key = m.group(2).replace("`", "");
    String op = m.group(3).toUpperCase(Locale.ROOT);
    String value = m.group(4);
    Comparison<String> comparison =
        Comparison.text(op, value.substring(1, value.length() - 1).replace("''", "'"));
    if (m.group(1) != null) {
      return comparison.onExperiment(e -> e.tags().get(key));
    }
    if (!key.equals("name")) {
      throw new IllegalArgumentException("filter: experiments can be searched by name and tags");
    }
    return comparison.onExperiment(Experiment::name);
  }

  Comparator<Experiment> order() {
    List<Comparator<Experiment>> parts = new ArrayList<>();
    for (String clause : orderBy) {
      Matcher m = ORDER.matcher(clause);
      if (!m.matches()) {
        throw new IllegalArgumentException("order_by: '" + clause + "' is not such as name ASC");
      }
      Comparator<Experiment> part =
          switch (m.group(1)) {
            case "name" -> Comparator.comparing(Experiment::name);
            case "experiment_id" -> Comparator.comparing(e -> Long.parseLong(e.id()));
            case "creation_time" -> Comparator.comparing(Experiment::creationTime);
            case "last_update_time" -> Comparator.comparing(Experiment::lastUpdateTime);
            default ->
                throw new IllegalArgumentException(
                    "order_by: experiments cannot be ordered by '" + m.group(1) + "'");
          };
      parts.add("DESC".equalsIgnoreCase(m.group(2)) ? part.reversed() : part);
    }
    Comparator<Experiment> fallback =
        Comparator.comparing(Experiment::creationTime)
            .reversed()
            .thenComparing(e -> Long.parseLong(e.id()));
    return parts.stream()
        .reduce(Comparator::thenComparing)
        .orElse(fallback)
        .thenComparing(fallback);
  }
}
