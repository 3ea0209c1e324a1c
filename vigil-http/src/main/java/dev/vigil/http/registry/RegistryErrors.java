package dev.vigil.http.registry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.RegistryConflictException;
import dev.vigil.core.registry.RegistryNotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Answers the registry's own refusals: an unknown model, version or alias (404, MLflow's
 * RESOURCE_DOES_NOT_EXIST) and a taken name (409, MLflow's RESOURCE_ALREADY_EXISTS), in Vigil's
 * shape {@code {"error","field"}} or, under {@code /api/2.0/mlflow/}, in MLflow's. Registered by
 * both registry route groups; registering twice is harmless.
 */
public final class RegistryErrors {

  private static final String MLFLOW_PREFIX = "/api/2.0/mlflow/";

  private RegistryErrors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(
        RegistryNotFoundException.class,
        (e, ctx) -> answer(ctx, 404, "RESOURCE_DOES_NOT_EXIST", e.getMessage(), e.field()));
    routes.exception(
        RegistryConflictException.class,
        (e, ctx) -> answer(ctx, 409, "RESOURCE_ALREADY_EXISTS", e.getMessage(), e.field()));
  }

  private static void answer(Context ctx, int status, String code, String message, String field) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (ctx.path().startsWith(MLFLOW_PREFIX)) {
      body.put("error_code", code);
      body.put("message", message);
      // MLflow answers RESOURCE_ALREADY_EXISTS with 400.
      status = status == 409 ? 400 : status;
    } else {
      body.put("error", message);
      body.put("field", field);
    }
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
