package dev.vigil.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data directories and options the demo refuses, before it trains or changes anything. */
class DemoRefusalsTest {

  @TempDir Path dir;

  @Test
  void aDirectoryHoldingOtherFilesIsNeitherUsedNorWiped() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
    for (String mode : new String[] {"--reuse", "--reset"}) {
      DemoRun run = DemoRun.complete("--port", "0", "--data-dir", dir.toString(), mode);
      assertEquals(DemoCommand.BAD_INPUT, run.exitCode(), run.out() + run.err());
      assertTrue(
          run.err().contains("--data-dir") && run.err().contains("did not create"), run.err());
    }
    DemoRun plain = DemoRun.complete("--port", "0", "--data-dir", dir.toString());
    assertEquals(DemoCommand.BAD_INPUT, plain.exitCode(), plain.err());
    assertEquals("mine", Files.readString(notes));
    assertTrue(!Files.exists(dir.resolve("vigil.db")), "nothing created beside the file");
  }

  @Test
  void reuseNeedsADemoToReuse() throws Exception {
    Path empty = dir.resolve("empty");
    DemoRun run = DemoRun.complete("--port", "0", "--data-dir", empty.toString(), "--reuse");
    assertEquals(DemoCommand.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("--reuse") && run.err().contains("no demo"), run.err());
    assertTrue(!Files.exists(empty), "the directory is not created");
  }

  @Test
  void aSetUpThatWasInterruptedAsksForReset() throws Exception {
    Files.writeString(dir.resolve(DemoDataDir.MARKER), "setting-up\n");
    DemoRun run = DemoRun.complete("--port", "0", "--data-dir", dir.toString());
    assertEquals(DemoCommand.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("interrupted") && run.err().contains("--reset"), run.err());
  }

  @Test
  void reuseAndResetExcludeEachOther() throws Exception {
    DemoRun run = DemoRun.complete("--data-dir", dir.toString(), "--reuse", "--reset");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  @Test
  void badNumbersNameTheirFlag() throws Exception {
    String[][] cases = {
      {"--speed", "0", "--speed"},
      {"--rate", "-1", "--rate"},
      {"--port", "70000", "--port"},
      {"--duration", "soon", "--duration"},
      {"--feedback-delay", "later", "--feedback-delay"},
      {"--label-coverage", "1.5", "--label-coverage"},
      {"--training-rows", "10", "--training-rows"},
    };
    for (String[] c : cases) {
      DemoRun run = DemoRun.complete("--data-dir", dir.toString(), c[0], c[1]);
      assertEquals(DemoCommand.BAD_INPUT, run.exitCode(), c[0] + ": " + run.err());
      assertTrue(run.err().contains(c[2]), c[0] + ": " + run.err());
    }
    try (var entries = Files.list(dir)) {
      assertEquals(0, entries.count(), "refused options change nothing");
    }
  }
}
