package dev.vigil.http.serving;

import dev.vigil.core.serving.ServedModel;
import dev.vigil.core.serving.ServedModels;
import dev.vigil.http.ApiException;
import io.javalin.http.Context;

/**
 * The served model a route addresses: {@code {name}} alone is the model's current version
 * (champion, else Production), {@code {name}} and {@code {version}} that version; 404 naming the
 * path parameter when there is none.
 */
final class ModelLookup {

  private final ServedModels models;

  ModelLookup(ServedModels models) {
    this.models = models;
  }

  ServedModel current(Context ctx) {
    String name = ctx.pathParam("name");
    return models
        .current(name)
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "name",
                    "name: no model named '"
                        + name
                        + "' is served (none, or no version with alias champion or stage"
                        + " Production)"));
  }

  ServedModel version(Context ctx) {
    String name = ctx.pathParam("name");
    String version = ctx.pathParam("version");
    return models
        .version(name, version)
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "version",
                    "version: model '" + name + "' has no version '" + version + "' to serve"));
  }
}
