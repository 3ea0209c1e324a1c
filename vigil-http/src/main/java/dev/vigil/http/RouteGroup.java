package dev.vigil.http;

import io.javalin.config.RoutesConfig;

/**
 * The routes of one area built outside {@link HttpServer} with their own dependencies (serving,
 * registry, tracking, MLflow's API); the server registers them after its own, behind the same token
 * gate and error mapping.
 */
public interface RouteGroup {

  void register(RoutesConfig routes);
}
