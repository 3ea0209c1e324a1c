package dev.vigil.app.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.app.traffic.DurationText;
import dev.vigil.app.traffic.ReplayCounts;
import java.util.Locale;

/**
 * What a simulation sent, printed at its end.
 *
 * @param counts the replay's final counts
 * @param labelsWithheld known labels the coverage draw left out
 * @param labelsLost labels whose feedback request failed
 * @param realSeconds real time the traffic took (labels waited for excluded)
 * @param stopped whether it was stopped (Ctrl-C) before its end
 * @param lastError the last failed request's message, or null
 */
record SimulationReport(
    String url,
    String model,
    String source,
    String drift,
    double rateAsked,
    ReplayCounts counts,
    long labelsWithheld,
    long labelsLost,
    double realSeconds,
    boolean stopped,
    String lastError) {

  double rateAchieved() {
    return realSeconds > 0 ? counts.requests() / realSeconds : 0;
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    line(sb, "model", model + " at " + url);
    line(sb, "source", source);
    line(sb, "drift", drift);
    line(sb, "rows sent", Long.toString(counts.requests()));
    line(
        sb,
        "rate",
        String.format(
            Locale.ROOT, "%.1f requests/s achieved (%s asked)", rateAchieved(), number(rateAsked)));
    line(sb, "story time", DurationText.format(counts.storyTime()));
    line(sb, "labels sent", Long.toString(counts.labelsSent()));
    line(sb, "labels pending", counts.labelsPending() + (stopped ? " (left unsent)" : ""));
    line(sb, "labels withheld", labelsWithheld + " (label coverage)");
    line(sb, "labels lost", labelsLost + " (feedback refused or failed)");
    line(sb, "failures", Long.toString(counts.failures()));
    if (lastError != null) {
      line(sb, "last error", lastError);
    }
    if (stopped) {
      line(sb, "stopped", "yes, before the end");
    }
    return sb.toString();
  }

  String json() {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("url", url).put("model", model).put("source", source).put("drift", drift);
    root.put("rows_sent", counts.requests());
    root.put("rate_asked", rateAsked).put("rate_achieved", rateAchieved());
    root.put("real_seconds", realSeconds);
    root.put("story_seconds", counts.storyTime().toNanos() / 1e9);
    root.putObject("labels")
        .put("sent", counts.labelsSent())
        .put("pending", counts.labelsPending())
        .put("withheld", labelsWithheld)
        .put("lost", labelsLost);
    root.put("failures", counts.failures());
    root.put("stopped", stopped);
    root.put("last_error", lastError);
    return root.toString() + System.lineSeparator();
  }

  private static void line(StringBuilder sb, String name, String value) {
    sb.append(String.format(Locale.ROOT, "%-16s %s%n", name, value));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) + "/s" : value + "/s";
  }
}
