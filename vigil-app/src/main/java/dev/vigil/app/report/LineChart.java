package dev.vigil.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Draws metric values over periods as an inline SVG: each series a line with points (tooltips give
 * the value and its band) and an optional band, horizontal rules for thresholds and limits, and
 * flagged points (degraded or alerting periods) marked. Values are in [0, 1]; NaN leaves a gap.
 */
final class LineChart {

  static final int WIDTH = 760;
  static final int HEIGHT = 260;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = HEIGHT - 34;

  /** One series; {@code lower} and {@code upper} are empty lists when it has no band. */
  record Series(
      String name,
      String css,
      List<Double> values,
      List<Double> lower,
      List<Double> upper,
      Set<Integer> flagged) {
    Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
      lower = List.copyOf(lower);
      upper = List.copyOf(upper);
      flagged = Set.copyOf(flagged);
      if (!lower.isEmpty() && (lower.size() != values.size() || upper.size() != values.size())) {
        throw new IllegalArgumentException("lower, upper: one bound per value, or none");
      }
    }

    boolean banded() {
      return !lower.isEmpty();
    }
  }

  /** A horizontal line across the chart, e.g. ACCURACY_THRESHOLD. */
  record Rule(String label, String css, double value) {}

  private LineChart() {}

  static String svg(String title, List<String> periods, List<Series> series, List<Rule> rules) {
    List<Double> all = new ArrayList<>();
    series.forEach(s -> List.of(s.values(), s.lower(), s.upper()).forEach(all::addAll));
    rules.forEach(r -> all.add(r.value()));
    ChartScale y = ChartScale.of(all, TOP, BOTTOM);
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, periods.size());
    Html svg = new Html();
    String size = "0 0 " + WIDTH + " " + HEIGHT;
    svg.open("svg", "class", "lines", "width", "" + WIDTH, "height", "" + HEIGHT, "viewBox", size);
    svg.element("title", title);
    axes(svg, y, slot, periods.size());
    series.stream().filter(Series::banded).forEach(s -> band(svg, s, y, slot));
    for (int k = 0; k < rules.size(); k++) {
      rule(svg, rules.get(k), y, k % 2 == 0);
    }
    series.forEach(s -> line(svg, s, y, slot, periods));
    return svg.close("svg").toString();
  }

  private static void axes(Html svg, ChartScale y, double slot, int periods) {
    for (double tick : y.ticks()) {
      horizontal(svg, "grid", y.at(tick));
      text(svg, "tick", LEFT - 4, y.at(tick) + 3, "end", String.format(Locale.ROOT, "%.2f", tick));
    }
    int step = Math.max(1, (int) Math.ceil(periods / 20.0));
    for (int i = 0; i < periods; i += step) {
      text(svg, "tick", x(i, slot), BOTTOM + 14, "middle", Integer.toString(i + 1));
    }
    text(svg, "tick", WIDTH - RIGHT, HEIGHT - 4, "end", "period");
  }

  /** Alternate ends and sides so that the labels of close rules do not overlap. */
  private static void rule(Html svg, Rule rule, ChartScale y, boolean right) {
    String label = rule.label() + " " + Format.number(rule.value());
    double at = y.at(rule.value());
    svg.open("g").element("title", label);
    horizontal(svg, "rule " + rule.css(), at);
    text(
        svg,
        "rule-label " + rule.css(),
        right ? WIDTH - RIGHT - 2 : LEFT + 2,
        at + (right ? -3 : 11),
        right ? "end" : "start",
        label);
    svg.close("g");
  }

  private static void band(Html svg, Series s, ChartScale y, double slot) {
    for (List<Integer> run : runs(s.lower(), s.upper())) {
      StringBuilder points = new StringBuilder();
      run.forEach(i -> point(points, x(i, slot), y.at(s.upper().get(i))));
      for (int k = run.size() - 1; k >= 0; k--) {
        point(points, x(run.get(k), slot), y.at(s.lower().get(run.get(k))));
      }
      svg.empty("polygon", "class", "band " + s.css(), "points", points.toString().strip());
    }
  }

  private static void line(Html svg, Series s, ChartScale y, double slot, List<String> periods) {
    for (List<Integer> run : runs(s.values(), s.values())) {
      StringBuilder points = new StringBuilder();
      run.forEach(i -> point(points, x(i, slot), y.at(s.values().get(i))));
      svg.empty("polyline", "class", "series " + s.css(), "points", points.toString().strip());
    }
    for (int i = 0; i < s.values().size(); i++) {
      double v = s.values().get(i);
      if (Double.isNaN(v)) {
        continue;
      }
      boolean flagged = s.flagged().contains(i);
      String css = "point " + s.css() + (flagged ? " flagged" : "");
      String cx = Format.coordinate(x(i, slot));
      String cy = Format.coordinate(y.at(v));
      svg.open("circle", "class", css, "cx", cx, "cy", cy, "r", flagged ? "4.5" : "2.5");
      String band =
          s.banded()
              ? " ["
                  + Format.metric(s.lower().get(i))
                  + ", "
                  + Format.metric(s.upper().get(i))
                  + "]"
              : "";
      String tip = (i + 1) + ". " + periods.get(i) + ": " + s.name() + " " + Format.metric(v);
      svg.element("title", tip + band + (flagged ? " (flagged)" : "")).close("circle");
    }
  }

  private static double x(int period, double slot) {
    return LEFT + (period + 0.5) * slot;
  }

  private static void horizontal(Html svg, String css, double y) {
    String at = Format.coordinate(y);
    svg.empty(
        "line", "class", css, "x1", "" + LEFT, "x2", "" + (WIDTH - RIGHT), "y1", at, "y2", at);
  }

  private static void text(Html svg, String css, double x, double y, String anchor, String text) {
    svg.element(
        "text",
        text,
        "class",
        css,
        "x",
        Format.coordinate(x),
        "y",
        Format.coordinate(y),
        "text-anchor",
        anchor);
  }

  /** Runs of consecutive indices where both lists hold numbers. */
  private static List<List<Integer>> runs(List<Double> a, List<Double> b) {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (Double.isNaN(a.get(i)) || Double.isNaN(b.get(i))) {
        if (!run.isEmpty()) {
          runs.add(run);
        }
        run = new ArrayList<>();
      } else {
        run.add(i);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static void point(StringBuilder points, double x, double y) {
    points.append(Format.coordinate(x)).append(',').append(Format.coordinate(y)).append(' ');
  }
}
