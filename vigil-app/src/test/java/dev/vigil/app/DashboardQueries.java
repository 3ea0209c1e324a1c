package dev.vigil.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL queries of the Grafana dashboard the repository ships, and the series they read. */
final class DashboardQueries {

  static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "vigil-dashboard.json");

  private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
  private static final Pattern BRACES = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  // An identifier not followed by "(" (a function) nor part of a number such as 1e9.
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w:.])[a-zA-Z_:][\\w:]*+(?!\\s*\\()");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "group_left",
          "group_right",
          "inf",
          "nan",
          "Inf",
          "NaN");

  private DashboardQueries() {}

  /** The dashboard file parsed. */
  static JsonNode dashboard() throws IOException {
    return new ObjectMapper().readTree(DASHBOARD.toFile());
  }

  /** Every panel target's expression, rows' nested panels included. */
  static List<String> expressions() throws IOException {
    List<String> expressions = new ArrayList<>();
    collect(dashboard().get("panels"), expressions);
    return expressions;
  }

  private static void collect(JsonNode panels, List<String> expressions) {
    for (JsonNode panel : panels) {
      panel.path("targets").forEach(t -> expressions.add(t.get("expr").asText()));
      collect(panel.path("panels"), expressions);
    }
  }

  /**
   * The metric (sample) names an expression reads: identifiers that are not labels, functions,
   * keywords.
   */
  static Set<String> seriesNames(String expression) {
    String bare = STRING.matcher(expression).replaceAll("\"\"");
    bare = BRACES.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(bare);
    while (matcher.find()) {
      if (!KEYWORDS.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names;
  }

  /** The expression as Prometheus itself would run it for this model, Grafana's variables set. */
  static String forModel(String expression, String model) {
    return expression.replace("$model", model).replace("$__rate_interval", "1m");
  }
}
