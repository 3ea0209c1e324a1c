package dev.vigil.app.demo;

import dev.vigil.app.traffic.ReplayCounts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The demo's one live line: story day and phase, requests, labels, drift share (and which
 * features), realized and estimated accuracy, firing alerts. Kept short enough for a terminal.
 */
final class StatusLine {

  private static final int SHOWN_NAMES = 2;

  private StatusLine() {}

  static String format(String phase, ReplayCounts counts, Readings readings) {
    return String.format(
        Locale.ROOT,
        "day %s %s | %d requests | %d labels | drift %s | accuracy %s, est. %s | %s",
        day(counts.storyTime()),
        phase,
        counts.requests(),
        counts.labelsSent(),
        drift(readings),
        figure(readings.realizedAccuracy()),
        figure(readings.estimatedAccuracy()),
        alerts(readings.firing()));
  }

  /** The line announcing a phase, e.g. {@code day 2.0: covariate drift: older customers...}. */
  static String phaseNote(DemoStory.Phase phase, Duration storyTime) {
    return "day " + day(storyTime) + ": " + phase.name() + ": " + phase.description();
  }

  /** The line saying the whole story was played and the last phase goes on. */
  static String storyTold(Duration length, DemoStory.Phase last, boolean stopsByItself) {
    return "day "
        + day(length)
        + ": the whole story has played; "
        + last.name()
        + " goes on until "
        + (stopsByItself ? "--duration" : "Ctrl-C");
  }

  /** The line saying the traffic reached {@code --duration} and labels are still to come. */
  static String trafficDone(ReplayCounts counts, long graceSeconds) {
    return "day "
        + day(counts.storyTime())
        + ": --duration reached, traffic stopped; the "
        + counts.labelsPending()
        + " labels not due yet are sent as they come due, for "
        + graceSeconds
        + " s at most (Ctrl-C skips them)";
  }

  private static String day(Duration storyTime) {
    return String.format(
        Locale.ROOT, "%.1f", storyTime.toSeconds() / (double) Duration.ofDays(1).toSeconds());
  }

  private static String drift(Readings readings) {
    if (readings.driftShare().isEmpty()) {
      return "n/a";
    }
    String share = String.format(Locale.ROOT, "%.0f%%", 100 * readings.driftShare().getAsDouble());
    return readings.drifted().isEmpty() ? share : share + " (" + names(readings.drifted()) + ")";
  }

  private static String alerts(List<String> firing) {
    return firing.isEmpty() ? "no alert firing" : "firing: " + names(firing);
  }

  private static String names(List<String> names) {
    if (names.size() <= SHOWN_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN_NAMES)) + " +" + (names.size() - SHOWN_NAMES);
  }

  private static String figure(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "n/a";
  }
}
