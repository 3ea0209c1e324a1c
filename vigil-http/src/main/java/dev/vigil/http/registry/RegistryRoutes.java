package dev.vigil.http.registry;

import static dev.vigil.http.registry.RegistryErrors.badRequestsNamed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.VersionComparison;
import dev.vigil.http.RouteGroup;
import dev.vigil.http.TokenGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Vigil's registry API under {@code /api/v1/registry/}: models, versions, stage transitions,
 * aliases, the audit trail and its verification, and two versions compared. Changes are made as the
 * request's actor (its API token's name). Shapes in docs/REGISTRY.md.
 */
public final class RegistryRoutes implements RouteGroup {

  static final String BASE = "/api/v1/registry";
  private static final String MODEL = BASE + "/models/{name}";
  private static final String VERSION = MODEL + "/versions/{version}";

  private final Registry registry;
  private final ObjectMapper json = new ObjectMapper();
  private final RegistryJsonWriter writer = new RegistryJsonWriter(json);

  public RegistryRoutes(Registry registry) {
    this.registry = registry;
  }

  @Override
  public void register(RoutesConfig routes) {
    RegistryErrors.register(routes);
    routes.get(BASE + "/models", badRequestsNamed(this::models));
    routes.get(MODEL, badRequestsNamed(this::model));
    routes.get(VERSION, badRequestsNamed(this::version));
    routes.post(VERSION + "/stage", badRequestsNamed(this::stage));
    routes.put(MODEL + "/aliases/{alias}", badRequestsNamed(this::setAlias));
    routes.delete(MODEL + "/aliases/{alias}", badRequestsNamed(this::deleteAlias));
    routes.get(BASE + "/audit", badRequestsNamed(this::audit));
    routes.get(BASE + "/audit/verify", badRequestsNamed(this::verify));
    routes.get(BASE + "/compare", badRequestsNamed(this::compare));
  }

  private void models(Context ctx) {
    ObjectNode answer = json.createObjectNode();
    ArrayNode models = answer.putArray("models");
    for (RegisteredModel m : registry.models()) {
      ObjectNode node = writer.model(m);
      node.put("versions", registry.versions(m.name()).size());
      node.put("champion", registry.champion(m.name()).map(ModelVersion::version).orElse(null));
      models.add(node);
    }
    send(ctx, answer);
  }

  private void model(Context ctx) {
    RegisteredModel m = registry.model(ctx.pathParam("name"));
    ObjectNode node = writer.model(m);
    node.put("champion", registry.champion(m.name()).map(ModelVersion::version).orElse(null));
    ArrayNode versions = node.putArray("versions");
    registry.versions(m.name()).forEach(v -> versions.add(writer.version(v, m)));
    send(ctx, node);
  }

  private void version(Context ctx) {
    send(ctx, versionNode(ctx.pathParam("name"), versionParam(ctx)));
  }

  private void stage(Context ctx) {
    JsonNode body = RegistryRequests.body(ctx, json);
    ModelStage stage = ModelStage.parse(RegistryRequests.requiredText(body, "stage"));
    String name = ctx.pathParam("name");
    int version = versionParam(ctx);
    registry.transition(
        name,
        version,
        stage,
        RegistryRequests.flag(body, "archive_existing", true),
        TokenGate.actor(ctx),
        RegistryRequests.text(body, "reason", ""));
    send(ctx, versionNode(name, version));
  }

  private void setAlias(Context ctx) {
    JsonNode body = RegistryRequests.body(ctx, json);
    JsonNode version = body.get("version");
    if (version == null || !(version.isInt() || version.isTextual())) {
      throw new IllegalArgumentException("version is required: the version number to point at");
    }
    RegisteredModel m =
        registry.setAlias(
            ctx.pathParam("name"),
            ctx.pathParam("alias"),
            RegistryRequests.version("version", version.asText()),
            TokenGate.actor(ctx),
            RegistryRequests.text(body, "reason", ""));
    send(ctx, writer.model(m));
  }

  private void deleteAlias(Context ctx) {
    String reason = Optional.ofNullable(ctx.queryParam("reason")).orElse("");
    RegisteredModel m =
        registry.deleteAlias(
            ctx.pathParam("name"), ctx.pathParam("alias"), TokenGate.actor(ctx), reason);
    send(ctx, writer.model(m));
  }

  private void audit(Context ctx) {
    Optional<String> model = Optional.ofNullable(ctx.queryParam("model"));
    ObjectNode answer = json.createObjectNode();
    ArrayNode entries = answer.putArray("entries");
    registry.audit(model).forEach(e -> entries.add(writer.audit(e)));
    send(ctx, answer);
  }

  private void verify(Context ctx) {
    send(ctx, writer.verification(registry.verifyAudit()));
  }

  private void compare(Context ctx) {
    String name = required(ctx, "model");
    ModelVersion a = registry.version(name, RegistryRequests.version("a", required(ctx, "a")));
    ModelVersion b = registry.version(name, RegistryRequests.version("b", required(ctx, "b")));
    VersionComparison c = VersionComparison.of(a, b, Optional.empty());
    send(ctx, new CompareJsonWriter(json, writer).write(c));
  }

  private ObjectNode versionNode(String name, int version) {
    return writer.version(registry.version(name, version), registry.model(name));
  }

  private static int versionParam(Context ctx) {
    return RegistryRequests.version("version", ctx.pathParam("version"));
  }

  private static String required(Context ctx, String parameter) {
    String value = ctx.queryParam(parameter);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(parameter + " is required as a query parameter");
    }
    return value;
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
