package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.detector.ModelDetectors;
import dev.vigil.core.detector.StreamDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config's {@code detectors} block: the choices it gives, and refusals naming index and field.
 */
class YamlDetectorsTest {

  @TempDir Path dir;

  private static DetectorChoices parse(String yaml) throws Exception {
    return YamlDetectors.parse(new YAMLMapper().readTree(yaml).path("detectors"));
  }

  private static String refusal(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void readsMethodsParametersAndFeaturesOverTheDefaults() throws Exception {
    DetectorChoices choices =
        parse(
            """
            detectors:
              - model: churn
                score: {method: page_hinkley, parameters: {threshold: 30}}
                error: eddm
                features:
                  - {feature: Age, method: kswin, parameters: {alpha: 0.001}}
                  - {feature: Balance, method: iks}
              - model: fraud
                features: [{feature: Amount, method: adwin}]
            """);
    ModelDetectors churn = choices.of("churn");
    assertEquals(
        new StreamDetector(
            DetectorMethod.PAGE_HINKLEY, new DetectorParameters(Map.of("threshold", 30.0))),
        churn.score());
    assertEquals(StreamDetector.of(DetectorMethod.EDDM), churn.error());
    assertEquals(List.of("Age", "Balance"), List.copyOf(churn.features().keySet()));
    assertEquals(DetectorMethod.IKS, churn.features().get("Balance").method());
    ModelDetectors fraud = choices.of("fraud");
    assertEquals(ModelDetectors.DEFAULT.score(), fraud.score());
    assertEquals(ModelDetectors.DEFAULT.error(), fraud.error());
    assertEquals(ModelDetectors.DEFAULT, choices.of("other"));
  }

  @Test
  void withoutTheBlockEveryModelRunsTheDefaults() throws Exception {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, "port: 8080\n");
    assertEquals(DetectorChoices.DEFAULTS, YamlDetectors.read(file));
    // The block is not a setting: the settings reader lets it through.
    Files.writeString(file, "port: 8080\ndetectors: [{model: churn}]\n");
    assertEquals(Map.of(Setting.PORT, "8080"), YamlSettings.read(file));
    assertEquals(ModelDetectors.DEFAULT, YamlDetectors.read(file).of("churn"));
  }

  @Test
  void refusalsNameTheIndexAndTheField() {
    assertEquals(
        "detectors must be a list of {model, score, error, features}",
        refusal("detectors: {model: churn}"));
    assertEquals("detectors[0].model: required", refusal("detectors: [{score: adwin}]"));
    assertEquals(
        "detectors[0].colour: unknown key; known: [model, score, error, features]",
        refusal("detectors: [{model: churn, colour: red}]"));
    assertEquals(
        "detectors[1].model: 'churn' is also detectors[0]",
        refusal("detectors: [{model: churn}, {model: churn}]"));
    assertEquals(
        "detectors[0].score: unknown detector 'adwinn'; known: page-hinkley, ddm, eddm,"
            + " hddm-a, hddm-w, adwin, kswin, iks, mean-variance-shift",
        refusal("detectors: [{model: churn, score: adwinn}]"));
    assertEquals(
        "detectors[0].score: ddm takes a 0/1 error stream; use adwin, page-hinkley, kswin, iks or"
            + " mean-variance-shift",
        refusal("detectors: [{model: churn, score: ddm}]"));
    assertEquals(
        "detectors[0].features[1].method: ddm takes a 0/1 error stream, not values",
        refusal(
            "detectors: [{model: churn, features: [{feature: Age, method: adwin},"
                + " {feature: Tenure, method: ddm}]}]"));
    assertEquals(
        "detectors[0].features[1].feature: 'Age' is also features[0]",
        refusal(
            "detectors: [{model: churn, features: [{feature: Age, method: adwin},"
                + " {feature: Age, method: kswin}]}]"));
    assertEquals(
        "detectors[0].features[0].method: required",
        refusal("detectors: [{model: churn, features: [{feature: Age}]}]"));
    assertEquals(
        "detectors[0].error.parameters.delta: must be a number",
        refusal("detectors: [{model: churn, error: {method: adwin, parameters: {delta: x}}}]"));
    String unknownParameter =
        refusal("detectors: [{model: churn, error: {method: ddm, parameters: {delta: 0.1}}}]");
    assertEquals(
        "detectors[0].error.parameters: ddm has no parameter [delta]",
        unknownParameter.substring(0, unknownParameter.indexOf(';')));
  }

  @Test
  void aBadBlockNamesTheFile() throws Exception {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, "detectors: [{model: churn, score: ddm}]\n");
    String message =
        assertThrows(IllegalArgumentException.class, () -> YamlDetectors.read(file)).getMessage();
    assertEquals(
        "config file " + file + ": detectors[0].score: ddm",
        message.substring(0, message.indexOf(" takes")));
  }
}
