package dev.vigil.core.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a promotion policy decided about a candidate: passed when every check passed, and one check
 * per rule as evidence.
 *
 * <p>Invariants: passed exactly when every check passed.
 */
public record GateDecision(boolean passed, List<GateCheck> checks) {

  public GateDecision {
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    if (passed != checks.stream().allMatch(GateCheck::passed)) {
      throw new IllegalArgumentException("passed must be true exactly when every check passed");
    }
  }

  public static GateDecision of(List<GateCheck> checks) {
    return new GateDecision(checks.stream().allMatch(GateCheck::passed), checks);
  }

  /** A decision without checks, for a promotion forced by an operator. */
  public static GateDecision unchecked() {
    return new GateDecision(true, List.of());
  }

  /** The evidence as JSON text, stored in the audit entry. */
  public String evidenceJson() {
    StringBuilder json = new StringBuilder("{\"passed\":").append(passed).append(",\"checks\":[");
    for (int i = 0; i < checks.size(); i++) {
      GateCheck c = checks.get(i);
      json.append(i == 0 ? "" : ",").append('{');
      json.append("\"metric\":").append(JsonText.quote(c.metric()));
      json.append(",\"rule\":").append(JsonText.quote(c.rule()));
      json.append(",\"value\":").append(c.value().map(String::valueOf).orElse("null"));
      json.append(",\"bound\":").append(c.bound());
      json.append(",\"champion\":").append(c.championValue().map(String::valueOf).orElse("null"));
      json.append(",\"passed\":").append(c.passed());
      json.append(",\"line\":").append(JsonText.quote(c.line())).append('}');
    }
    return json.append("]}").toString();
  }
}
