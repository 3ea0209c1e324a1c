package dev.vigil.app.train;

import dev.vigil.core.registry.GateCheck;
import dev.vigil.core.registry.PromotionOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code vigil train} prints when it is done: what was learnt, how well, and where it went.
 */
final class TrainingSummary {

  private TrainingSummary() {}

  static void print(PrintWriter out, TrainingRequest request, TrainingJob.Result r) {
    TrainingTable table = r.file().table();
    long positives = java.util.Arrays.stream(table.labels()).sum();
    out.printf(
        Locale.ROOT,
        "Trained %s (%s) on %d rows of %s: %d positive (%.1f%%), %d negative; %d features.%n",
        request.modelName(),
        request.algorithm().id(),
        table.rows().size(),
        request.data().getFileName(),
        positives,
        100.0 * positives / table.rows().size(),
        table.rows().size() - positives,
        table.inputs().size());
    r.file()
        .setAside()
        .forEach((c, why) -> out.println("  not learnt from: " + c + " (" + why + ")"));
    out.printf(
        Locale.ROOT,
        "Holdout (%.0f%%, stratified, seed %d) at threshold %s:%n",
        100 * request.holdout(),
        request.seed(),
        request.threshold());
    for (Map.Entry<String, Double> m : r.evaluation().metrics().entrySet()) {
      double v = m.getValue();
      String value =
          v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
      out.printf(Locale.ROOT, "  %-28s %s%n", m.getKey(), value);
    }
    out.println("Run " + r.run().id() + " in experiment " + request.experiment() + ".");
    out.println("Bundle " + r.bundle().directory() + " (sha256 " + r.bundle().checksum() + ").");
    r.version()
        .ifPresent(
            v ->
                out.println(
                    "Registered "
                        + v.modelName()
                        + " version "
                        + v.version()
                        + v.content()
                            .lineage()
                            .parentVersion()
                            .map(p -> " (parent " + p + ")")
                            .orElse("")
                        + "."));
    r.promotion().ifPresent(p -> printPromotion(out, request, p));
  }

  private static void printPromotion(PrintWriter out, TrainingRequest request, PromotionOutcome p) {
    out.println(
        "Promotion gate ("
            + (p.decision().passed() ? "passed" : "REFUSED")
            + (p.decision().checks().isEmpty() ? ", no rule in the promotion policy)" : "):"));
    for (GateCheck check : p.decision().checks()) {
      out.println("  " + check.line());
    }
    out.println(
        p.promoted()
            ? "Promoted to champion (audit entry " + p.entry().sequence() + ")."
            : "Not promoted; the champion stays (audit entry " + p.entry().sequence() + ").");
  }
}
