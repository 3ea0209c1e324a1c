package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.ingest.IngestOverloadedException;
import dev.vigil.core.model.ModelAlreadyExistsException;
import dev.vigil.core.query.MissingReferenceException;
import dev.vigil.core.query.UnknownModelException;
import dev.vigil.http.mlflow.MlflowErrorCode;
import dev.vigil.http.mlflow.MlflowException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: every refused request gets {@code {"error":
 * "...", "field": "..."}} with a 4xx status; anything unexpected gets a 500 with a generic message,
 * the details going only to the log.
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  /** MLflow's clients read errors in MLflow's shape, whatever refused the request. */
  private static final String MLFLOW_PREFIX = "/api/2.0/mlflow/";

  private final ObjectMapper json;

  ErrorMapping(ObjectMapper json) {
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.exception(
        MlflowException.class, (e, ctx) -> answerMlflow(ctx, e.code(), e.getMessage()));
    routes.exception(
        ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.field()));
    routes.exception(
        ModelAlreadyExistsException.class, (e, ctx) -> answer(ctx, 409, e.getMessage(), "name"));
    routes.exception(
        UnknownModelException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), "name"));
    routes.exception(
        MissingReferenceException.class, (e, ctx) -> answer(ctx, 409, e.getMessage(), "reference"));
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) ->
            answer(
                ctx,
                400,
                DomainFields.apiMessage(e.getMessage()),
                DomainFields.fieldOf(e.getMessage()).orElse("body")));
    routes.exception(
        IngestOverloadedException.class,
        (e, ctx) -> {
          // Nothing of the request was stored: the client may resend it a little later.
          ctx.header("Retry-After", "1");
          answer(ctx, 503, e.getMessage(), null);
        });
    routes.exception(HttpResponseException.class, this::answerJavalin);
    routes.exception(Exception.class, this::answerUnexpected);
  }

  /** Javalin's own refusals: no route, wrong method, body over Javalin's limit. */
  private void answerJavalin(HttpResponseException e, Context ctx) {
    switch (e.getStatus()) {
      case 404 -> answer(ctx, 404, "no route for " + ctx.method() + " " + ctx.path(), "path");
      case 405 -> answer(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), "method");
      case 413 -> answer(ctx, 413, "the request body is too large", "body");
      default -> answer(ctx, e.getStatus(), e.getMessage(), null);
    }
  }

  private void answerUnexpected(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    answer(ctx, 500, "internal server error; the server log has the details", null);
  }

  private void answer(Context ctx, int status, String message, String field) {
    if (ctx.path().startsWith(MLFLOW_PREFIX)) {
      answerMlflow(ctx, mlflowCode(status), message);
      return;
    }
    ObjectNode body = json.createObjectNode();
    body.put("error", message);
    body.put("field", field);
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  private static MlflowErrorCode mlflowCode(int status) {
    return switch (status) {
      case 404 -> MlflowErrorCode.ENDPOINT_NOT_FOUND;
      case 400, 405, 409, 413, 415 -> MlflowErrorCode.INVALID_PARAMETER_VALUE;
      default -> MlflowErrorCode.INTERNAL_ERROR;
    };
  }

  private void answerMlflow(Context ctx, MlflowErrorCode code, String message) {
    ObjectNode body = json.createObjectNode();
    body.put("error_code", code.name());
    body.put("message", message);
    ctx.status(code.httpStatus()).contentType("application/json").result(body.toString());
  }
}
