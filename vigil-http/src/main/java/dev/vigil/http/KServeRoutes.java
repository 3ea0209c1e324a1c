package dev.vigil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.kserve.KServeEvent;
import dev.vigil.core.kserve.KServeEventException;
import dev.vigil.core.kserve.OfferOutcome;
import dev.vigil.core.kserve.PendingEventStore;
import dev.vigil.core.kserve.PredictionJoiner;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;

/**
 * {@code POST /api/v1/kserve/events}: KServe's payload logger (CloudEvents v1.0, binary mode). The
 * first half of an inference is stored and answered 202 {@code {"stored": "pending"}}; its partner
 * (same {@code ce-id}) is joined with it into predictions and answered 200 {@code {"accepted": n,
 * "duplicates": d}}. Any content type is read as JSON: the logger copies the client's.
 */
final class KServeRoutes {

  static final String EVENTS = "/api/v1/kserve/events";

  private final ModelStore models;
  private final PendingEventStore pending;
  private final ObjectMapper json;
  private final Clock clock;

  KServeRoutes(ModelStore models, PendingEventStore pending, ObjectMapper json, Clock clock) {
    this.models = models;
    this.pending = pending;
    this.json = json;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.post(EVENTS, this::receive);
  }

  private void receive(Context ctx) {
    KServeEvent event;
    try {
      event =
          KServeEvent.of(h -> ctx.header(h.toLowerCase(Locale.ROOT)), body(ctx), clock.instant());
    } catch (KServeEventException e) {
      throw ApiException.badRequest(e.field(), e.getMessage());
    }
    String name = event.modelName();
    MonitoredModel model =
        models
            .find(name)
            .orElseThrow(
                () ->
                    new ApiException(
                        404,
                        "ce-inferenceservicename",
                        "ce-inferenceservicename: no monitored model named '"
                            + name
                            + "'; register it first"));
    PredictionJoiner joiner = new PredictionJoiner(model);
    OfferOutcome outcome;
    try {
      joiner.check(event);
      outcome = pending.offer(event, joiner::join);
    } catch (KServeEventException e) {
      throw ApiException.badRequest(e.field(), e.getMessage());
    }
    ObjectNode answer = json.createObjectNode();
    if (outcome.status() == OfferOutcome.Status.PENDING) {
      ctx.status(202);
      answer.put("stored", "pending");
    } else {
      answer.put("accepted", outcome.appended().inserted());
      answer.put("duplicates", outcome.appended().duplicates());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  /** The body as plain Java values; {@code null} for an empty body (refused by the event). */
  private Object body(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw ApiException.badRequest("body", "the body is empty; a JSON object is required");
    }
    try {
      return json.readValue(bytes, Object.class);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "body", "the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
