package dev.vigil.app.report;

import java.util.List;

/**
 * Draws {@link Bars} as an inline SVG: reference and current shares side by side per category, or
 * overlaid per bin for a histogram. Each bar carries a tooltip with both shares.
 */
final class BarChart {

  static final int WIDTH = 300;
  static final int HEIGHT = 120;
  private static final int LEFT = 34;
  private static final int RIGHT = 6;
  private static final int TOP = 6;
  private static final int BOTTOM = 22;

  /** Up to this many categories get a label under their bars. */
  private static final int LABELLED = 8;

  private BarChart() {}

  static String svg(Bars bars, String title) {
    Html svg = new Html();
    svg.open(
        "svg",
        "class",
        "bars",
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
    double top = niceTop(bars);
    axes(svg, top);
    int n = bars.labels().size();
    double slot = (double) (WIDTH - LEFT - RIGHT) / n;
    for (int i = 0; i < n; i++) {
      double ref = bars.reference().get(i);
      double cur = bars.current().get(i);
      String tip =
          bars.labels().get(i)
              + ": reference "
              + Format.percent(ref)
              + ", current "
              + Format.percent(cur);
      double x = LEFT + i * slot;
      if (bars.histogram()) {
        bar(svg, "ref", x, slot, ref, top, tip);
        bar(svg, "cur", x, slot, cur, top, tip);
      } else {
        bar(svg, "ref", x + slot * 0.1, slot * 0.4, ref, top, tip);
        bar(svg, "cur", x + slot * 0.5, slot * 0.4, cur, top, tip);
      }
    }
    xLabels(svg, bars, slot);
    return svg.close("svg").toString();
  }

  /** The top of the y axis: the largest share rounded up to a tenth (a hundredth when small). */
  private static double niceTop(Bars bars) {
    double max = 0;
    for (List<Double> side : List.of(bars.reference(), bars.current())) {
      for (double s : side) {
        max = Math.max(max, s);
      }
    }
    double step = max > 0.1 ? 0.1 : 0.01;
    return Math.max(step, Math.ceil(max / step - 1e-9) * step);
  }

  private static void axes(Html svg, double top) {
    int bottom = HEIGHT - BOTTOM;
    for (double f : new double[] {0, 0.5, 1}) {
      String y = Format.coordinate(bottom - f * (bottom - TOP));
      svg.empty(
          "line",
          "class",
          "grid",
          "x1",
          Integer.toString(LEFT),
          "x2",
          Integer.toString(WIDTH - RIGHT),
          "y1",
          y,
          "y2",
          y);
      svg.element(
          "text",
          Format.percent(f * top),
          "class",
          "tick",
          "x",
          Integer.toString(LEFT - 3),
          "y",
          y,
          "text-anchor",
          "end",
          "dominant-baseline",
          "middle");
    }
  }

  private static void bar(
      Html svg, String side, double x, double width, double share, double top, String tip) {
    int bottom = HEIGHT - BOTTOM;
    double height = share / top * (bottom - TOP);
    svg.open(
        "rect",
        "class",
        side,
        "x",
        Format.coordinate(x),
        "y",
        Format.coordinate(bottom - height),
        "width",
        Format.coordinate(Math.max(0.5, width)),
        "height",
        Format.coordinate(height));
    svg.element("title", tip).close("rect");
  }

  private static void xLabels(Html svg, Bars bars, double slot) {
    String y = Integer.toString(HEIGHT - BOTTOM + 12);
    List<String> labels = bars.labels();
    if (bars.histogram()) {
      svg.element(
          "text",
          labels.get(0).split("–")[0],
          "class",
          "tick",
          "x",
          Integer.toString(LEFT),
          "y",
          y,
          "text-anchor",
          "start");
      String[] last = labels.get(labels.size() - 1).split("–");
      svg.element(
          "text",
          last[last.length - 1],
          "class",
          "tick",
          "x",
          Integer.toString(WIDTH - RIGHT),
          "y",
          y,
          "text-anchor",
          "end");
      return;
    }
    if (labels.size() > LABELLED) {
      return; // the tooltips name every bar; the table's colour legend says which side is which
    }
    for (int i = 0; i < labels.size(); i++) {
      svg.element(
          "text",
          shorten(labels.get(i)),
          "class",
          "tick",
          "x",
          Format.coordinate(LEFT + (i + 0.5) * slot),
          "y",
          y,
          "text-anchor",
          "middle");
    }
  }

  private static String shorten(String label) {
    return label.codePointCount(0, label.length()) <= 10
        ? label
        : label.substring(0, label.offsetByCodePoints(0, 9)) + "…";
  }
}
