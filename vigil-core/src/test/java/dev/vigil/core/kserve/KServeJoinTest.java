package dev.vigil.core.kserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing payload-logger events and joining request and response bodies into predictions. */
class KServeJoinTest {

  private static final Instant T = Instant.parse("2026-11-23T10:15:30.123456Z");
  private static final MonitoredModel MODEL =
      new MonitoredModel(
          "churn",
          new DatasetSchema(
              List.of(
                  new ColumnSchema("Age", ColumnKind.NUMERIC),
                  new ColumnSchema("Geography", ColumnKind.CATEGORICAL))),
          new ClassLabels("churned", List.of("1"), List.of("0")),
          0.5,
          WindowGranularity.HOUR,
          List.of(),
          T);
  private final PredictionJoiner joiner = new PredictionJoiner(MODEL);

  private static KServeEvent event(EventKind kind, Map<String, Object> body) {
    return new KServeEvent(kind, "req-1", "churn", T, null, body);
  }

  private static Map<String, Object> features(Object age, Object geography) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Age", age);
    f.put("Geography", geography);
    return f;
  }

  @Test
  void aV1ObjectInstanceIsOnePredictionWithTheCeIdAndUnknownVersion() {
    Map<String, Object> instance = new HashMap<>(Map.of("Geography", "France", "extra", 1));
    List<PredictionRecord> records =
        joiner.join(
            event(EventKind.REQUEST, Map.of("instances", List.of(instance))),
            event(EventKind.RESPONSE, Map.of("predictions", List.of(0.25))));
    assertEquals(
        List.of(
            new PredictionRecord("churn", "req-1", "unknown", T, features(null, "France"), 0.25)),
        records);
  }

  @Test
  void aV1BatchOfArraysTakesSchemaOrderAndP1OfPairs() {
    List<PredictionRecord> records =
        joiner.join(
            event(
                EventKind.REQUEST,
                Map.of("inputs", List.of(List.of(40, "Spain"), List.of(51.5, "France")))),
            new KServeEvent(
                EventKind.RESPONSE,
                "req-1",
                "churn",
                T.plusSeconds(1),
                "canary",
                Map.of("predictions", List.of(List.of(0.9, 0.1), List.of(0.3, 0.7)))));
    assertEquals("req-1#0", records.get(0).predictionId());
    assertEquals("req-1#1", records.get(1).predictionId());
    assertEquals(features(51.5, "France"), records.get(1).features());
    assertEquals(0.1, records.get(0).score());
    assertEquals(0.7, records.get(1).score());
    assertEquals("canary", records.get(0).modelVersion());
    assertEquals(T, records.get(1).eventTime());
  }

  @Test
  void v2TensorsByNameOrOneMatrixAndTheProbabilityOutput() {
    Map<String, Object> byName =
        Map.of(
            "inputs",
            List.of(
                tensor("Geography", List.of(2), "BYTES", List.of("Spain", "Germany")),
                tensor("Age", List.of(2, 1), "FP32", List.of(List.of(30), List.of(60)))));
    Map<String, Object> matrix =
        Map.of(
            "inputs",
            List.of(
                tensor("input-0", List.of(2, 2), "BYTES", List.of(30, "Spain", 60, "Germany"))));
    Map<String, Object> response =
        Map.of(
            "model_version",
            "v3",
            "outputs",
            List.of(
                tensor("predict", List.of(2), "INT64", List.of(0, 1)),
                tensor("predict_proba", List.of(2, 2), "FP32", List.of(0.8, 0.2, 0.35, 0.65))));
    for (Map<String, Object> request : List.of(byName, matrix)) {
      List<PredictionRecord> records =
          joiner.join(event(EventKind.REQUEST, request), event(EventKind.RESPONSE, response));
      assertEquals(features(60.0, "Germany"), records.get(1).features());
      assertEquals(List.of(0.2, 0.65), records.stream().map(PredictionRecord::score).toList());
      assertEquals("v3", records.get(0).modelVersion());
    }
  }

  @Test
  void mismatchesAreRefusedNamingTheField() {
    KServeEvent two =
        event(EventKind.REQUEST, Map.of("instances", List.of(List.of(1, "a"), List.of(2, "b"))));
    KServeEvent one = event(EventKind.RESPONSE, Map.of("predictions", List.of(0.5)));
    assertEquals(
        "body", assertThrows(KServeEventException.class, () -> joiner.join(two, one)).field());
    KServeEvent narrow = event(EventKind.REQUEST, Map.of("instances", List.of(List.of(1))));
    assertEquals(
        "instances[0]",
        assertThrows(KServeEventException.class, () -> joiner.check(narrow)).field());
    KServeEvent notProbability = event(EventKind.RESPONSE, Map.of("predictions", List.of(3)));
    assertEquals(
        "predictions[0]",
        assertThrows(KServeEventException.class, () -> joiner.check(notProbability)).field());
    KServeEvent neither = event(EventKind.RESPONSE, Map.of("answer", 1));
    assertEquals(
        "body", assertThrows(KServeEventException.class, () -> joiner.check(neither)).field());
  }

  @Test
  void headersAreReadAndMissingOnesNamed() {
    Map<String, String> headers = new HashMap<>();
    headers.put("ce-specversion", "1.0");
    headers.put("ce-type", "org.kubeflow.serving.inference.response");
    headers.put("ce-id", "5f1c");
    headers.put("ce-inferenceservicename", "churn");
    headers.put("ce-time", "2026-11-23T11:00:00+01:00");
    KServeEvent read = KServeEvent.of(headers::get, Map.of("predictions", List.of()), T);
    assertEquals(EventKind.RESPONSE, read.kind());
    assertEquals(Instant.parse("2026-11-23T10:00:00Z"), read.time());
    for (String header : List.of("ce-type", "ce-id", "ce-inferenceservicename")) {
      Map<String, String> missing = new HashMap<>(headers);
      missing.remove(header);
      KServeEventException e =
          assertThrows(KServeEventException.class, () -> KServeEvent.of(missing::get, Map.of(), T));
      assertEquals(header, e.field());
    }
    headers.put("ce-type", "org.kubeflow.serving.inference.explain");
    assertEquals(
        "ce-type",
        assertThrows(KServeEventException.class, () -> KServeEvent.of(headers::get, Map.of(), T))
            .field());
    headers.remove("ce-time");
    headers.put("ce-type", EventKind.REQUEST.ceType());
    assertEquals(T, KServeEvent.of(headers::get, Map.of(), T).time());
  }

  private static Map<String, Object> tensor(
      String name, List<Integer> shape, String type, List<?> data) {
    return Map.of("name", name, "shape", shape, "datatype", type, "data", data);
  }
}
