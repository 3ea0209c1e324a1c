package dev.vigil.core.kserve;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the request and response events of one inference into predictions of a monitored model:
 * request row i with response score i. The prediction id is the {@code ce-id} for a single row and
 * {@code ce-id#i} for row i of a batch; the time is the request's; the version is the V2 response's
 * {@code model_version}, else the {@code ce-endpoint} of the response or request, else {@value
 * #UNKNOWN_VERSION}. Rules: docs/INGESTION.md.
 */
public final class PredictionJoiner {

  public static final String UNKNOWN_VERSION = "unknown";

  private final MonitoredModel model;

  public PredictionJoiner(MonitoredModel model) {
    this.model = model;
  }

  /**
   * Checks one half on its own, so a malformed event is refused when it arrives, not when its
   * partner does.
   *
   * @throws KServeEventException naming the body field at fault
   */
  public void check(KServeEvent event) {
    if (event.kind() == EventKind.REQUEST) {
      RequestRows.of(event.body(), model.schema());
    } else {
      ResponseScores.of(event.body());
    }
  }

  /**
   * The predictions of a request and its response.
   *
   * @throws KServeEventException when a body is malformed or the row counts differ
   */
  public List<PredictionRecord> join(KServeEvent request, KServeEvent response) {
    List<Map<String, Object>> rows = RequestRows.of(request.body(), model.schema());
    List<Double> scores = ResponseScores.of(response.body());
    if (rows.size() != scores.size()) {
      throw new KServeEventException(
          "body",
          "the request has "
              + rows.size()
              + " instances but the response has "
              + scores.size()
              + " predictions (ce-id '"
              + request.id()
              + "')");
    }
    String version = versionOf(request, response);
    List<PredictionRecord> records = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String id = rows.size() == 1 ? request.id() : request.id() + "#" + i;
      records.add(
          new PredictionRecord(
              model.name(), id, version, request.time(), rows.get(i), scores.get(i)));
    }
    return records;
  }

  private static String versionOf(KServeEvent request, KServeEvent response) {
    String version = ResponseScores.modelVersion(response.body());
    if (version == null) {
      version = response.endpoint() != null ? response.endpoint() : request.endpoint();
    }
    if (version == null || version.length() > 64) {
      return UNKNOWN_VERSION;
    }
    return version;
  }
}
