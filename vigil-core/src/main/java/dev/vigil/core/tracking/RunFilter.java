package dev.vigil.core.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of MLflow's search-runs filter Vigil understands: comparisons joined by {@code AND},
 * each on {@code metrics.<key>} (a number, with {@code = != > >= < <=}), {@code params.<key>} or
 * {@code tags.<key>} (a quoted string, with {@code = != LIKE ILIKE}) or an attribute ({@code
 * attributes.status}, {@code run_name}, {@code user_id}, {@code run_id} as strings; {@code
 * start_time}, {@code end_time} as numbers). Keys with other characters are back-quoted: {@code
 * metrics.`my key`}. Anything else is refused naming {@code filter}.
 */
public final class RunFilter implements Predicate<Run> {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*(?:(metrics?|params?|parameters|tags?|attributes?|attr|run)\\.)?"
              + "(`[^`]+`|\"[^\"]+\"|[\\w.\\-/:]+)\\s*"
              + "(>=|<=|!=|=|>|<|(?i:ilike|like)(?=\\s))\\s*"
              + "('(?:[^']|'')*'|\"[^\"]*\"|[-+]?[0-9][0-9.eE+\\-]*)\\s*",
          Pattern.CASE_INSENSITIVE);

  private final List<Predicate<Run>> clauses;

  private RunFilter(List<Predicate<Run>> clauses) {
    this.clauses = List.copyOf(clauses);
  }

  /** The filter of {@code text}; an empty or null text matches every run. */
  public static RunFilter parse(String text) {
    List<Predicate<Run>> clauses = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String clause : splitOnAnd(text)) {
        clauses.add(clause(clause));
      }
    }
    return new RunFilter(clauses);
  }

  @Override
  public boolean test(Run run) {
    return clauses.stream().allMatch(c -> c.test(run));
  }

  private static Predicate<Run> clause(String text) {
    Matcher m = CLAUSE.matcher(text);
    if (!m.matches()) {
      throw refused("'" + text.strip() + "' is not a comparison such as metrics.auc > 0.8");
    }
    String kind = m.group(1) == null ? "attributes" : m.group(1).toLowerCase(Locale.ROOT);
    String key = unquote(m.group(2));
    String op = m.group(3).toUpperCase(Locale.ROOT);
    String value = m.group(4);
    return switch (kind) {
      case "metric", "metrics" ->
          Comparison.numeric(op, number(value))
              .on(run -> run.metric(key).map(MetricPoint::value).orElse(null));
      case "param", "params", "parameters" ->
          Comparison.text(op, string(value)).on(run -> run.params().get(key));
      case "tag", "tags" -> Comparison.text(op, string(value)).on(run -> run.tags().get(key));
      default -> attribute(key, op, value);
    };
  }

  private static Predicate<Run> attribute(String key, String op, String value) {
    return switch (key) {
      case "status" -> Comparison.text(op, string(value)).on(run -> run.status().name());
      case "run_name" -> Comparison.text(op, string(value)).on(Run::name);
      case "user_id" -> Comparison.text(op, string(value)).on(Run::userId);
      case "run_id" -> Comparison.text(op, string(value)).on(Run::id);
      case "start_time" ->
          Comparison.numeric(op, number(value)).on(run -> (double) run.startTime().toEpochMilli());
      case "end_time" ->
          Comparison.numeric(op, number(value))
              .on(run -> run.endTime().map(t -> (double) t.toEpochMilli()).orElse(null));
      default -> throw refused("the attribute '" + key + "' cannot be searched");
    };
  }

  private static List<String> splitOnAnd(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (isAndAt(text, i)) {
        parts.add(text.substring(start, i));
        start = i + 3;
        i += 2;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static boolean isAndAt(String text, int i) {
    return i > 0
        && i + 4 <= text.length()
        && Character.isWhitespace(text.charAt(i - 1))
        && text.regionMatches(true, i, "and", 0, 3)
        && Character.isWhitespace(text.charAt(i + 3));
  }

  private static String unquote(String key) {
    char first = key.charAt(0);
    return first == '`' || first == '"' ? key.substring(1, key.length() - 1) : key;
  }

  private static String string(String value) {
    char first = value.charAt(0);
    if (first != '\'' && first != '"') {
      throw refused(value + " must be a quoted string such as 'value'");
    }
    return value.substring(1, value.length() - 1).replace("''", "'");
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw refused(value + " is not a number");
    }
  }

  static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("filter: " + why);
  }
}
