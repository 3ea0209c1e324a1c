package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertRules;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStatus;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.http.ApiException;
import dev.vigil.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alerting API of a monitored model: its alerts (active states, history of a time range, recent
 * notifications), acknowledging a firing alert, and its rules (list, create, replace, delete, add
 * the default set). Shapes in docs/ALERTING.md; a refused request changes nothing.
 */
public final class AlertRoutes implements RouteGroup {

  static final String ALERTS = "/api/v1/models/{name}/alerts";
  static final String ACK = ALERTS + "/{rule}/ack";
  static final String RULES = "/api/v1/models/{name}/alert-rules";
  static final String RULE = RULES + "/{id}";
  static final String DEFAULTS = RULES + "/defaults";

  private final ModelStore models;
  private final AlertStore alerts;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final AlertJsonWriter writer = new AlertJsonWriter(json);
  private final AlertsAnswer alertsAnswer;

  public AlertRoutes(ModelStore models, AlertStore alerts, Clock clock) {
    this.models = models;
    this.alerts = alerts;
    this.clock = clock;
    this.alertsAnswer = new AlertsAnswer(alerts, writer, json);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(ALERTS, named(ctx -> send(ctx, alertsAnswer.write(model(ctx), ctx, clock))));
    routes.post(ACK, named(this::acknowledge));
    routes.get(RULES, named(this::rules));
    routes.post(RULES, named(this::create));
    routes.post(DEFAULTS, named(this::defaults));
    routes.put(RULE, named(this::replace));
    routes.delete(RULE, named(this::delete));
  }

  private void acknowledge(Context ctx) {
    String model = model(ctx).name();
    String ruleId = ctx.pathParam("rule");
    AlertRule rule = existing(model, ruleId, "rule");
    if (!alerts.acknowledge(model, ruleId, clock.instant())) {
      AlertStatus status =
          Optional.ofNullable(alerts.states(model).get(ruleId))
              .map(AlertState::status)
              .orElse(AlertStatus.INACTIVE);
      throw new ApiException(
          409, "rule", "alert '" + ruleId + "' is " + status.id() + ", not firing");
    }
    AlertState state = alerts.states(model).get(ruleId);
    send(ctx, writer.state(state, Optional.of(rule)));
  }

  private void rules(Context ctx) {
    String model = model(ctx).name();
    ObjectNode answer = json.createObjectNode();
    answer.put("model", model);
    ArrayNode list = answer.putArray("rules");
    alerts.rules(model).forEach(rule -> list.add(writer.rule(rule)));
    send(ctx, answer);
  }

  private void create(Context ctx) {
    String model = model(ctx).name();
    AlertRule rule = RuleRequest.read(RuleRequest.body(ctx, json), model, Optional.empty());
    if (alerts.findRule(model, rule.id()).isPresent()) {
      throw new ApiException(
          409, "id", "model '" + model + "' already has a rule with id '" + rule.id() + "'");
    }
    alerts.createRule(rule);
    ctx.status(201);
    send(ctx, writer.rule(rule));
  }

  private void replace(Context ctx) {
    String model = model(ctx).name();
    String id = ctx.pathParam("id");
    existing(model, id, "id");
    AlertRule rule = RuleRequest.read(RuleRequest.body(ctx, json), model, Optional.of(id));
    if (!alerts.updateRule(rule)) {
      throw missingRule(model, id, "id");
    }
    send(ctx, writer.rule(rule));
  }

  private void delete(Context ctx) {
    String model = model(ctx).name();
    String id = ctx.pathParam("id");
    if (!alerts.deleteRule(model, id)) {
      throw missingRule(model, id, "id");
    }
    ctx.status(204);
  }

  /** Creates the default rules the model has no rule of the same id for; keeps the others. */
  private void defaults(Context ctx) {
    MonitoredModel model = model(ctx);
    ObjectNode answer = json.createObjectNode();
    answer.put("model", model.name());
    ArrayNode created = answer.putArray("created");
    ArrayNode kept = answer.putArray("kept");
    Set<String> existing =
        alerts.rules(model.name()).stream().map(AlertRule::id).collect(Collectors.toSet());
    for (AlertRule rule : AlertRules.defaultsFor(model)) {
      if (existing.contains(rule.id())) {
        kept.add(rule.id());
      } else {
        alerts.createRule(rule);
        created.add(writer.rule(rule));
      }
    }
    send(ctx, answer);
  }

  private MonitoredModel model(Context ctx) {
    String name = ctx.pathParam("name");
    return models
        .find(name)
        .orElseThrow(
            () -> new ApiException(404, "name", "no monitored model named '" + name + "'"));
  }

  private AlertRule existing(String model, String id, String field) {
    return alerts.findRule(model, id).orElseThrow(() -> missingRule(model, id, field));
  }

  private static ApiException missingRule(String model, String id, String field) {
    return new ApiException(
        404, field, "model '" + model + "' has no alert rule with id '" + id + "'");
  }

  /** Answers the domain's refusals as 400s naming the field in the API's spelling. */
  private static Handler named(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        throw RuleRequest.named(e);
      }
    };
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
