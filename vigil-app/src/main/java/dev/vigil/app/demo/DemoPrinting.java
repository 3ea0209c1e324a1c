package dev.vigil.app.demo;

import dev.vigil.app.traffic.ReplayCounts;
import dev.vigil.app.traffic.TrafficReplay;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The demo's fixed lines: the story's outline and the summary after the traffic. */
final class DemoPrinting {

  private DemoPrinting() {}

  /** E.g. {@code stable (days 0-2), covariate drift (days 2-4), concept drift (from day 4)}. */
  static String storyOutline(DemoStory story) {
    List<String> parts = new ArrayList<>();
    List<DemoStory.Phase> phases = story.phases();
    for (int i = 0; i < phases.size(); i++) {
      String from = days(phases.get(i).start());
      parts.add(
          i + 1 < phases.size()
              ? phases.get(i).name()
                  + " (days "
                  + from
                  + "-"
                  + days(phases.get(i + 1).start())
                  + ")"
              : phases.get(i).name() + " (from day " + from + ")");
    }
    return String.join(", ", parts);
  }

  static String summary(ReplayCounts counts, TrafficReplay replay) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Sent %d requests and %d labels over %s story days",
                counts.requests(),
                counts.labelsSent(),
                days(counts.storyTime())));
    if (counts.labelsPending() > 0) {
      line.append("; ").append(counts.labelsPending()).append(" labels were not due yet");
    }
    if (counts.failures() > 0) {
      line.append("; ")
          .append(counts.failures())
          .append(" requests failed (last: ")
          .append(replay.lastError().orElse("unknown"))
          .append(")");
    }
    return line.append('.').toString();
  }

  /** A number without a needless {@code .0}: 1440, 1.5. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String days(Duration duration) {
    return number(Math.round(duration.toSeconds() / 8640.0) / 10.0);
  }
}
