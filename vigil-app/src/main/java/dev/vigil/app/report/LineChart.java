package dev.vigil.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Draws metric values over periods as an inline SVG: each series a line with points (tooltips give
 * the value and its band) and an optional band, horizontal lines for thresholds and limits, and
 * flagged points (degraded or alerting periods) marked. Values are in [0, 1]; NaN leaves a gap.
 */
final class LineChart {

  static final int WIDTH = 760;
  static final int HEIGHT = 260;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 34;

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
    }

    boolean banded() {
      return !lower.isEmpty();
    }
  }

  /** A horizontal line across the chart, e.g. ACCURACY_THRESHOLD. */
  record Rule(String label, String css, double value) {}

  private LineChart() {}

  static String svg(String title, List<String> periods, List<Series> series, List<Rule> rules) {
    Scale y = Scale.of(series, rules);
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, periods.size());
    Html svg = new Html();
    svg.open(
        "svg",
        "class",
        "lines",
        "width",
        Integer.toString(WIDTH),
        "height",
        Integer.toString(HEIGHT),
        "viewBox",
        "0 0 " + WIDTH + " " + HEIGHT,
        "role",
        "img",
        "aria-label",
        title);
    svg.element("title", title);
    for (double tick : y.ticks()) {
      String at = Format.coordinate(y.at(tick));
      svg.empty(
          "line",
          "class",
          "grid",
          "x1",
          Integer.toString(LEFT),
          "x2",
          Integer.toString(WIDTH - RIGHT),
          "y1",
          at,
          "y2",
          at);
      svg.element(
          "text",
          Format.number(tick),
          "class",
          "tick",
          "x",
          Integer.toString(LEFT - 4),
          "y",
          at,
          "text-anchor",
          "end",
          "dominant-baseline",
          "middle");
    }
    int step = Math.max(1, (int) Math.ceil(periods.size() / 20.0));
    for (int i = 0; i < periods.size(); i += step) {
      svg.element(
          "text",
          Integer.toString(i + 1),
          "class",
          "tick",
          "x",
          Format.coordinate(LEFT + (i + 0.5) * slot),
          "y",
          Integer.toString(HEIGHT - BOTTOM + 14),
          "text-anchor",
          "middle");
    }
    svg.element(
        "text",
        "period",
        "class",
        "tick",
        "x",
        Integer.toString(WIDTH - RIGHT),
        "y",
        Integer.toString(HEIGHT - 4),
        "text-anchor",
        "end");
    for (Series s : series) {
      if (s.banded()) {
        band(svg, s, y, slot);
      }
    }
    for (int k = 0; k < rules.size(); k++) {
      Rule rule = rules.get(k);
      // Alternate ends and sides so that the labels of close rules do not overlap.
      boolean right = k % 2 == 0;
      String at = Format.coordinate(y.at(rule.value()));
      svg.open(
          "line",
          "class",
          "rule " + rule.css(),
          "x1",
          Integer.toString(LEFT),
          "x2",
          Integer.toString(WIDTH - RIGHT),
          "y1",
          at,
          "y2",
          at);
      svg.element("title", rule.label() + " " + Format.number(rule.value())).close("line");
      svg.element(
          "text",
          rule.label() + " " + Format.number(rule.value()),
          "class",
          "rule-label " + rule.css(),
          "x",
          Integer.toString(WIDTH - RIGHT - 2),
          "y",
          Format.coordinate(y.at(rule.value()) - 3),
          "text-anchor",
          "end");
    }
    for (Series s : series) {
      line(svg, s, y, slot, periods);
    }
    return svg.close("svg").toString();
  }

  private static void band(Html svg, Series s, Scale y, double slot) {
    for (List<Integer> run : runs(s.lower(), s.upper())) {
      StringBuilder points = new StringBuilder();
      for (int i : run) {
        point(points, LEFT + (i + 0.5) * slot, y.at(s.upper().get(i)));
      }
      for (int k = run.size() - 1; k >= 0; k--) {
        int i = run.get(k);
        point(points, LEFT + (i + 0.5) * slot, y.at(s.lower().get(i)));
      }
      svg.empty("polygon", "class", "band " + s.css(), "points", points.toString().strip());
    }
  }

  private static void line(Html svg, Series s, Scale y, double slot, List<String> periods) {
    for (List<Integer> run : runs(s.values(), s.values())) {
      StringBuilder points = new StringBuilder();
      run.forEach(i -> point(points, LEFT + (i + 0.5) * slot, y.at(s.values().get(i))));
      svg.empty("polyline", "class", "series " + s.css(), "points", points.toString().strip());
    }
    for (int i = 0; i < s.values().size(); i++) {
      double v = s.values().get(i);
      if (Double.isNaN(v)) {
        continue;
      }
      boolean flagged = s.flagged().contains(i);
      svg.open(
          "circle",
          "class",
          "point " + s.css() + (flagged ? " flagged" : ""),
          "cx",
          Format.coordinate(LEFT + (i + 0.5) * slot),
          "cy",
          Format.coordinate(y.at(v)),
          "r",
          flagged ? "4.5" : "2.5");
      String band =
          s.banded()
              ? " ["
                  + Format.metric(s.lower().get(i))
                  + ", "
                  + Format.metric(s.upper().get(i))
                  + "]"
              : "";
      svg.element(
          "title",
          (i + 1)
              + ". "
              + periods.get(i)
              + ": "
              + s.name()
              + " "
              + Format.metric(v)
              + band
              + (flagged ? " (flagged)" : ""));
      svg.close("circle");
    }
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

  /** The vertical scale: the values' range widened to twentieths, within [0, 1]. */
  private record Scale(double low, double high) {

    static Scale of(List<Series> series, List<Rule> rules) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      List<Double> all = new ArrayList<>();
      series.forEach(
          s -> {
            all.addAll(s.values());
            all.addAll(s.lower());
            all.addAll(s.upper());
          });
      rules.forEach(r -> all.add(r.value()));
      for (double v : all) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      if (min > max) {
        return new Scale(0, 1);
      }
      double low = Math.max(0, Math.floor(min * 20 - 1e-9) / 20);
      double high = Math.min(1, Math.ceil(max * 20 + 1e-9) / 20);
      return high - low < 0.1
          ? new Scale(Math.max(0, high - 0.1), Math.max(0.1, high))
          : new Scale(low, high);
    }

    double at(double value) {
      double clamped = Math.max(low, Math.min(high, value));
      return HEIGHT - BOTTOM - (clamped - low) / (high - low) * (HEIGHT - BOTTOM - TOP);
    }

    /** Ticks at multiples of 0.05, 0.1 or 0.25, whichever gives at most six. */
    List<Double> ticks() {
      double range = high - low;
      double step = range <= 0.25 ? 0.05 : range <= 0.5 ? 0.1 : 0.25;
      List<Double> ticks = new ArrayList<>();
      for (long k = Math.round(Math.ceil(low / step - 1e-9)); k * step <= high + 1e-9; k++) {
        ticks.add(k * step);
      }
      return ticks;
    }
  }
}
