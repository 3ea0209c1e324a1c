package dev.vigil.app.registry;

import dev.vigil.core.registry.AuditVerification;
import dev.vigil.core.registry.Registry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code vigil registry verify-audit}: checks the audit trail's hash chain and head. Exit 0 when
 * intact, 1 naming the first broken entry.
 */
@Command(
    name = "verify-audit",
    mixinStandardHelpOptions = true,
    description = "Verify the registry's audit trail (hash chain); exit 1 if it was tampered with.")
final class VerifyAuditCommand extends RegistrySubcommand {

  @Override
  int run(Registry registry, PrintWriter out) {
    AuditVerification v = registry.verifyAudit();
    if (v.intact()) {
      out.println("Audit trail intact: " + v.entriesChecked() + " entries, every link verified.");
      return OK;
    }
    out.println(
        "Audit trail BROKEN at entry "
            + v.brokenAt().orElseThrow()
            + ": "
            + v.problem()
            + " ("
            + v.entriesChecked()
            + " entries verified before it).");
    return NEGATIVE;
  }
}
