package dev.vigil.app.registry;

import dev.vigil.core.registry.GateCheck;
import dev.vigil.core.registry.GateDecision;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.PromotionOutcome;
import dev.vigil.core.registry.PromotionPolicy;
import dev.vigil.core.registry.Registry;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil registry promote NAME VERSION}: applies the promotion policy of {@code --config} to
 * the version's recorded metrics against the current champion's recorded metrics; when it passes,
 * the version becomes champion (alias and stage Production). Either way the decision and its
 * evidence are appended to the audit trail. Exit 0 when promoted, 1 when the gate refused.
 */
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description = "Promote a version to champion if it passes the promotion policy.")
final class PromoteCommand extends RegistrySubcommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Registered model name.")
  String name;

  @Parameters(index = "1", paramLabel = "VERSION", description = "Version number to promote.")
  int version;

  @Option(names = "--reason", description = "Why, recorded in the audit trail.")
  String reason = "";

  @Option(names = "--actor", description = "Who, recorded in the audit trail (default $USER).")
  String actor;

  @Override
  int run(Registry registry, PrintWriter out) {
    PromotionPolicy policy = options.promotion();
    ModelVersion candidate = registry.version(name, version);
    Optional<ModelVersion> champion =
        registry.champion(name).filter(c -> c.version() != candidate.version());
    Optional<Map<String, Double>> championMetrics = champion.map(ModelVersion::metrics);
    GateDecision decision = policy.evaluate(candidate.metrics(), championMetrics);
    if (policy.equals(PromotionPolicy.NONE)) {
      out.println("No promotion policy configured (--config with a promotion block): no checks.");
    }
    out.println(
        "Candidate v"
            + version
            + " against "
            + champion.map(c -> "champion v" + c.version()).orElse("no champion")
            + " (recorded metrics):");
    decision.checks().stream().map(GateCheck::line).forEach(line -> out.println("  " + line));
    PromotionOutcome outcome = registry.promote(name, version, decision, who(), reason);
    if (!outcome.promoted()) {
      out.println(
          "Refused: "
              + name
              + " v"
              + version
              + " did not pass the gate (audit entry "
              + outcome.entry().sequence()
              + ").");
      return NEGATIVE;
    }
    if (ChampionReference.apply(
        registry.version(name, version),
        new JdbcModelStore(database),
        new JdbcReferenceStore(database))) {
      out.println("The monitored model's reference is now v" + version + "'s training data.");
    }
    out.println(
        "Promoted "
            + name
            + " v"
            + version
            + " to champion"
            + outcome.previousChampion().map(p -> " (was v" + p + ")").orElse("")
            + " (audit entry "
            + outcome.entry().sequence()
            + ").");
    return OK;
  }

  private String who() {
    if (actor != null && !actor.isBlank()) {
      return actor;
    }
    String user = System.getenv("USER");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
