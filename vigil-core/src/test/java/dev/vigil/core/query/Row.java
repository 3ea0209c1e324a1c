package dev.vigil.core.query;

/**
 * One prediction of the test model as the window aggregator would record it: its score, its three
 * features ({@code ageText} stands for a wrong-typed Age when not null), its label (null when none
 * arrived), the label delay and the serving latency (NaN when none).
 */
record Row(
    double score,
    Double age,
    String ageText,
    String geography,
    Boolean active,
    Integer label,
    double delaySeconds,
    double latencySeconds) {

  static Row of(double score, double age, String geography, boolean active) {
    return new Row(score, age, null, geography, active, null, Double.NaN, Double.NaN);
  }

  Row labelled(int label, double delaySeconds) {
    return new Row(score, age, ageText, geography, active, label, delaySeconds, latencySeconds);
  }

  Row latency(double seconds) {
    return new Row(score, age, ageText, geography, active, label, delaySeconds, seconds);
  }

  Row ageMissing() {
    return new Row(score, null, null, geography, active, label, delaySeconds, latencySeconds);
  }

  Row ageWrongType(String text) {
    return new Row(score, null, text, geography, active, label, delaySeconds, latencySeconds);
  }
}
