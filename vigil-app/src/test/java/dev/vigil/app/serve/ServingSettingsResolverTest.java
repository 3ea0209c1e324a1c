package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.http.serving.ServingSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The serving settings: SLA and monitoring of served predictions, from each source. */
class ServingSettingsResolverTest {

  private static ServingSettings serving(
      Map<Setting, String> flags, Map<String, String> env, Map<Setting, String> yaml) {
    return new SettingsResolver(flags, env, yaml).resolve().serving();
  }

  @Test
  void defaultsAreAnSlaOf100msWithMonitoringOnAndTheRecordLimit() {
    ServingSettings serving = serving(Map.of(), Map.of(), Map.of());
    assertEquals(Duration.ofMillis(100), serving.sla());
    assertTrue(serving.monitorPredictions());
    assertEquals(10_000, serving.maxRows());
  }

  @Test
  void flagsEnvironmentAndFileAreRead() {
    ServingSettings serving =
        serving(
            Map.of(Setting.SERVING_SLA, "250ms"),
            Map.of("VIGIL_MONITOR_SERVED_PREDICTIONS", "FALSE", "VIGIL_SERVING_SLA", "1s"),
            Map.of(Setting.MAX_RECORDS_PER_REQUEST, "64"));
    assertEquals(Duration.ofMillis(250), serving.sla());
    assertFalse(serving.monitorPredictions());
    assertEquals(64, serving.maxRows());
  }

  @Test
  void badValuesNameTheirSource() {
    var notBoolean =
        assertThrows(
            IllegalArgumentException.class,
            () -> serving(Map.of(), Map.of("VIGIL_MONITOR_SERVED_PREDICTIONS", "yes"), Map.of()));
    assertEquals(
        "VIGIL_MONITOR_SERVED_PREDICTIONS: 'yes' is not true or false", notBoolean.getMessage());
    var zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> serving(Map.of(), Map.of(), Map.of(Setting.SERVING_SLA, "0ms")));
    assertEquals("config serving_sla: must be longer than 0", zero.getMessage());
  }
}
