package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage and input errors of {@code vigil drift}: none of these reaches the drift tests. */
class DriftCommandTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private CommandRun drift(String... options) throws IOException {
    String[] args = new String[options.length + 5];
    args[0] = "drift";
    args[1] = "--reference";
    args[2] = file("A.csv", "Age,City\n1,x\n2,y\n").toString();
    args[3] = "--current";
    args[4] = file("B.csv", "Age,City\n3,x\n4,y\n").toString();
    System.arraycopy(options, 0, args, 5, options.length);
    return CommandRun.of(args);
  }

  @Test
  void anUnknownMethodIsAUsageErrorListingTheValidOnes() throws IOException {
    CommandRun run = drift("--num-method", "kolmogorov");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "Invalid value for option '--num-method': unknown drift method 'kolmogorov';"
                    + " known: ks, chisquare, z, psi, kl_div, jensenshannon, hellinger,"
                    + " wasserstein, wasserstein_raw, linf"),
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownColumnsAreUsageErrorsNamingTheOption() throws IOException {
    CommandRun run = drift("--exclude", "City,Zip");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("--exclude: no column 'Zip' in " + dir.resolve("A.csv")), run.err());
    assertTrue(run.err().contains("columns: Age, City"), run.err());
    CommandRun target = drift("--target", "Churn");
    assertEquals(2, target.exitCode());
    assertTrue(target.err().startsWith("--target: no column 'Churn'"), target.err());
  }

  @Test
  void badValuesOfOtherOptionsAreUsageErrors() throws IOException {
    assertEquals(2, drift("--format", "xml").exitCode());
    assertEquals(2, drift("--threshold", "-1").exitCode());
    assertEquals(2, drift("--drift-share", "0").exitCode());
    assertEquals(2, drift("--target", "Age", "--id", "Age").exitCode());
    assertEquals(2, drift("--exclude", "Age,City").exitCode());
    assertEquals(2, CommandRun.of("drift", "--reference", "A.csv").exitCode());
  }

  @Test
  void aBadFileIsAnErrorOnStderrWithFileLineAndColumn() throws IOException {
    Path reference = file("ref.csv", "Age,City\n1,x\n2,y\n");
    Path current = file("cur.csv", "Age,City\n3,x\nabc,y\n");
    CommandRun run =
        CommandRun.of(
            "drift", "--reference", reference.toString(), "--current", current.toString());
    assertEquals(1, run.exitCode());
    assertEquals(
        "vigil drift: "
            + current
            + " line 3, column 'Age': 'abc' is not a number (the column is numeric in the"
            + " reference)"
            + System.lineSeparator(),
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingFileIsAnError() {
    CommandRun run =
        CommandRun.of(
            "drift",
            "--reference",
            dir.resolve("none.csv").toString(),
            "--current",
            dir.resolve("none.csv").toString());
    assertEquals(1, run.exitCode());
    assertEquals(
        "vigil drift: " + dir.resolve("none.csv") + ": no such file" + System.lineSeparator(),
        run.err());
  }

  @Test
  void helpListsTheExitCodes() {
    CommandRun run = CommandRun.of("drift", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().contains("3   the dataset drifted and --fail-on-drift was given"));
    assertTrue(CommandRun.of("--help").out().contains("drift"));
  }
}
