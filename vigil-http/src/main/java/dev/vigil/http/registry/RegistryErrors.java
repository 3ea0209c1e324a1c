package dev.vigil.http.registry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.RegistryConflictException;
import dev.vigil.core.registry.RegistryNotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the registry's own refusals: an unknown model, version or alias (404, MLflow's
 * RESOURCE_DOES_NOT_EXIST) and a taken name (409, MLflow's RESOURCE_ALREADY_EXISTS), in Vigil's
 * shape {@code {"error","field"}} or, under {@code /api/2.0/mlflow/}, in MLflow's. Registered by
 * both registry route groups; registering twice is harmless.
 */
public final class RegistryErrors {

  private static final String MLFLOW_PREFIX = "/api/2.0/mlflow/";

  private static final Pattern LEADING_FIELD = Pattern.compile("^([a-z][a-z_]*)(?=[ :.])");

  private RegistryErrors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(
        RegistryNotFoundException.class,
        (e, ctx) -> answer(ctx, 404, "RESOURCE_DOES_NOT_EXIST", e.getMessage(), e.field()));
    routes.exception(
        RegistryConflictException.class,
        (e, ctx) -> answer(ctx, 409, "RESOURCE_ALREADY_EXISTS", e.getMessage(), e.field()));
  }

  /**
   * The handler, answering an IllegalArgumentException itself with a 400 naming the field its
   * message starts with (registry messages start with the field's API name, e.g. {@code stage},
   * {@code version}, {@code archive_existing}).
   */
  public static Handler badRequestsNamed(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        Matcher leading = LEADING_FIELD.matcher(e.getMessage() == null ? "" : e.getMessage());
        answer(
            ctx,
            400,
            "INVALID_PARAMETER_VALUE",
            e.getMessage(),
            leading.find() ? leading.group(1) : "body");
      }
    };
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
