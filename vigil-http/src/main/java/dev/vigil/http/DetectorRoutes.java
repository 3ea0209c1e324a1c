package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.detector.DetectorStates;
import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.model.ModelStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/models/{name}/detectors}: the streaming detectors of a model's live streams
 * (docs/DETECTORS.md), each with its stream, method, observations, last warning and detection
 * (event times) and number of detections. A model that has had no record lists none.
 */
public final class DetectorRoutes implements RouteGroup {

  static final String DETECTORS = "/api/v1/models/{name}/detectors";

  private final ModelStore models;
  private final DetectorStates detectors;
  private final ObjectMapper json = new ObjectMapper();

  public DetectorRoutes(ModelStore models, DetectorStates detectors) {
    this.models = Objects.requireNonNull(models, "models");
    this.detectors = Objects.requireNonNull(detectors, "detectors");
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(DETECTORS, this::list);
  }

  private void list(Context ctx) {
    QueryParams.of(ctx, Set.of());
    String name = ctx.pathParam("name");
    if (models.find(name).isEmpty()) {
      throw new ApiException(404, "name", "no monitored model named '" + name + "'");
    }
    ObjectNode answer = json.createObjectNode();
    answer.put("model", name);
    ArrayNode list = answer.putArray("detectors");
    for (DetectorStatus status : detectors.of(name)) {
      list.addObject()
          .put("stream", status.stream())
          .put("method", status.method().id())
          .put("observations", status.observations())
          .put("last_warning", time(status.lastWarning()))
          .put("last_detection", time(status.lastDetection()))
          .put("detections", status.detections());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  private static String time(Optional<Instant> time) {
    return time.map(Instant::toString).orElse(null);
  }
}
