package dev.vigil.http;

/**
 * Asks the server's dependencies (the database) whether they answer. Called on every {@code GET
 * /readyz}, so it must be cheap and must not throw: a failure is an unready answer.
 */
@FunctionalInterface
public interface ReadinessCheck {

  Readiness check();
}
