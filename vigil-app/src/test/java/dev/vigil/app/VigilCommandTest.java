package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VigilCommandTest {

  /** The command names fixed by the public contract (PRODUCT.md section 2). */
  private static final List<String> CONTRACT_COMMANDS =
      List.of(
          "demo", "serve", "train", "simulate", "monitor", "degrade", "report", "runs", "registry");

  @Test
  void helpListsEveryCommandOfTheContract() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new VigilCommand());
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--help");

    assertEquals(0, exit);
    for (String command : CONTRACT_COMMANDS) {
      assertTrue(
          out.toString().lines().anyMatch(line -> line.strip().startsWith(command + " ")),
          "help lists " + command + ":\n" + out);
    }
  }
}
