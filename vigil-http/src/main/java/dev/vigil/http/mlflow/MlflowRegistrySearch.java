package dev.vigil.http.mlflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of MLflow's search filter syntax the registry answers: clauses joined by AND, each
 * {@code attribute = | != | LIKE | ILIKE 'value'} on the attributes the caller allows (name,
 * run_id, source), e.g. {@code name LIKE 'churn%' AND run_id = 'abc'}. Anything else is refused as
 * INVALID_PARAMETER_VALUE rather than ignored.
 */
final class MlflowRegistrySearch<T> {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*([A-Za-z_]+)\\s*(=|!=|(?i:LIKE)|(?i:ILIKE))\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*");
  private static final Pattern AND = Pattern.compile("(?i)\\s+AND\\s+");

  private record Clause(String attribute, String operator, String value) {}

  private final List<Clause> clauses = new ArrayList<>();
  private final Map<String, Function<T, String>> attributes;

  MlflowRegistrySearch(String filter, Map<String, Function<T, String>> attributes) {
    this.attributes = attributes;
    if (filter == null || filter.isBlank()) {
      return;
    }
    for (String part : AND.split(filter.strip())) {
      Matcher m = CLAUSE.matcher(part);
      if (!m.matches() || !attributes.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
        throw MlflowRegistryParams.invalid(
            "unsupported filter clause '"
                + part
                + "': use "
                + attributes.keySet()
                + " with =, !=, LIKE or ILIKE and a quoted value, joined by AND");
      }
      String value = m.group(3) != null ? m.group(3) : m.group(4);
      clauses.add(new Clause(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toUpperCase(), value));
    }
  }

  boolean matches(T item) {
    for (Clause c : clauses) {
      String actual = attributes.get(c.attribute()).apply(item);
      boolean ok =
          switch (c.operator()) {
            case "=" -> actual.equals(c.value());
            case "!=" -> !actual.equals(c.value());
            case "LIKE" -> like(c.value(), false).matcher(actual).matches();
            default -> like(c.value(), true).matcher(actual).matches();
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** SQL LIKE as a regular expression: % any run, _ one character. */
  private static Pattern like(String pattern, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      switch (ch) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(
        regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }
}
