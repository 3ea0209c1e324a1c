package dev.vigil.stats.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.drift.ks.TwoSampleKsWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every method on every fixture case agrees with scipy/numpy (tools/reference). */
class ReferenceCasesTest {

  @TestFactory
  Stream<DynamicTest> everyMethodMatchesScipy() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ReferenceCases.cases()) {
      tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> checkCase(c)));
    }
    return tests.stream();
  }

  private static void checkCase(JsonNode c) {
    ColumnInput column = ReferenceCases.column(c);
    assertEquals(c.get("reference_count").asLong(), column.reference().count(), "reference rows");
    assertEquals(c.get("current_count").asLong(), column.current().count(), "current rows");
    c.get("expected")
        .fields()
        .forEachRemaining(
            e -> {
              DriftMethod method = DriftMethod.fromId(e.getKey());
              DriftResult result = ColumnTest.run(column, method, method.defaultThreshold());
              String what = c.get("name").asText() + " " + method.id();
              assertTrue(result.exact(), what + " should be exact");
              double tolerance = relativeTolerance(method, column);
              Tolerance.assertClose(
                  e.getValue().get("statistic").asDouble(),
                  result.statistic(),
                  tolerance,
                  what + " statistic");
              if (e.getValue().has("p_value")) {
                // p-values relative only, however small: they decide verdicts at any threshold.
                Tolerance.assertRelative(
                    e.getValue().get("p_value").asDouble(),
                    result.pValue(),
                    tolerance,
                    what + " p-value");
              }
            });
    JsonNode auto = c.get("auto");
    assertEquals(DriftMethod.fromId(auto.get("method").asText()), MethodChoice.automatic(column));
    ColumnDrift drift = DriftReport.column(column, DriftOptions.defaults());
    assertEquals(auto.get("drifted").asBoolean(), drift.result().drifted(), "auto verdict");
  }

  /** Exact statistics 1e-9; see KolmogorovDistributionTest for the asymptotic KS p-value. */
  private static double relativeTolerance(DriftMethod method, ColumnInput column) {
    if (method == DriftMethod.KS
        && Math.max(column.reference().count(), column.current().count())
            > TwoSampleKsWalk.EXACT_LIMIT) {
      return KolmogorovDistributionTest.RELATIVE;
    }
    return Tolerance.RELATIVE;
  }
}
