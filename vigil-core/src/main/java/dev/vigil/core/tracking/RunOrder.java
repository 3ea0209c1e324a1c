package dev.vigil.core.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a run search from MLflow's {@code order_by} clauses ({@code "metrics.auc DESC"},
 * {@code "start_time"}, {@code "params.depth ASC"}...). Runs without the ordered value come last
 * whichever the direction; ties, and no clause at all, fall back to MLflow's default order: the
 * latest start first, then the run id.
 */
public final class RunOrder {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*(?:(metrics?|params?|tags?|attributes?|attr|run)\\.)?(`[^`]+`|[\\w.\\-/:]+)"
              + "(?:\\s+(ASC|DESC))?\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Comparator<Run> DEFAULT =
      Comparator.comparing(Run::startTime).reversed().thenComparing(Run::id);

  private RunOrder() {}

  /** The comparator of these clauses, each refused naming {@code order_by} when not understood. */
  public static Comparator<Run> parse(List<String> clauses) {
    List<Comparator<Run>> parts = new ArrayList<>();
    for (String clause : clauses) {
      parts.add(clause(clause));
    }
    return parts.stream().reduce(Comparator::thenComparing).orElse(DEFAULT).thenComparing(DEFAULT);
  }

  private static Comparator<Run> clause(String text) {
    Matcher m = CLAUSE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "order_by: '" + text + "' is not such as metrics.auc DESC");
    }
    String kind = m.group(1) == null ? "attributes" : m.group(1).toLowerCase(Locale.ROOT);
    String key = m.group(2).replace("`", "");
    boolean descending = "DESC".equalsIgnoreCase(m.group(3));
    return switch (kind) {
      case "metric", "metrics" ->
          missingLast(run -> run.metric(key).map(MetricPoint::value).orElse(null), descending);
      case "param", "params" -> missingLast(run -> run.params().get(key), descending);
      case "tag", "tags" -> missingLast(run -> run.tags().get(key), descending);
      default -> attribute(key, descending);
    };
  }

  private static Comparator<Run> attribute(String key, boolean descending) {
    return switch (key) {
      case "start_time" -> missingLast(Run::startTime, descending);
      case "end_time" -> missingLast(run -> run.endTime().orElse(null), descending);
      case "run_name" -> missingLast(Run::name, descending);
      case "status" -> missingLast(run -> run.status().name(), descending);
      case "user_id" -> missingLast(Run::userId, descending);
      case "run_id" -> missingLast(Run::id, descending);
      default ->
          throw new IllegalArgumentException(
              "order_by: the attribute '" + key + "' cannot be ordered by");
    };
  }

  private static <T extends Comparable<? super T>> Comparator<Run> missingLast(
      Function<Run, T> read, boolean descending) {
    Comparator<T> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
    return Comparator.comparing(read, Comparator.nullsLast(values));
  }
}
