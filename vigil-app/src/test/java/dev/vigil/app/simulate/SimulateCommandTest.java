package dev.vigil.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusals of {@code vigil simulate} that need no server. */
class SimulateCommandTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--feedback-delay|exp:soon|--feedback-delay",
        "--feedback-delay|gamma:1h|--feedback-delay",
        "--drift|sideways|--drift",
        "--drift-strength|1.5|--drift-strength",
        "--drift-start|yesterday|--drift-start",
        "--drift-start|1.5|--drift-start",
        "--rate|fast|--rate",
        "--rate|0/s|--rate",
        "--label-coverage|2|--label-coverage",
        "--speed|0|--speed",
        "--duration|forever|--duration",
        "--limit|0|--limit",
        "--format|xml|--format",
      })
  void aBadOptionIsAUsageErrorNamingIt(String flag, String value, String named) {
    SimulationCli run = SimulationCli.run("--url", "http://127.0.0.1:9", flag, value);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(named), run.err());
  }

  @Test
  void columnsOfACsvNeedTheCsv() {
    SimulationCli run = SimulationCli.run("--target", "Exited");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("need --data"), run.err());
  }

  @Test
  void aServerThatDoesNotAnswerIsAnErrorNamingTheUrl() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    String url = "http://127.0.0.1:" + port;
    SimulationCli run = SimulationCli.run("--url", url, "--limit", "5", "--no-progress");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot reach Vigil at " + url), run.err());
    assertEquals("", run.out());
  }
}
