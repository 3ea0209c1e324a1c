package dev.vigil.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check of API tokens, run before every request: when tokens are configured, a request to
 * {@code /api/...} needs {@code Authorization: Bearer <token>} with a token whose scope covers it
 * (401 without a known token, 403 with too small a scope). Health, readiness and metrics stay open.
 * The presented token is never logged nor echoed. The matching token's name is the actor of the
 * request ({@link #actor}), e.g. for the registry's audit trail.
 */
public final class TokenGate {

  /** The actor of a request when no tokens are configured. */
  public static final String ANONYMOUS = "anonymous";

  private static final String ACTOR_ATTRIBUTE = "vigil.actor";

  private static final String API = "/api/";
  private static final String BEARER = "bearer ";
  private static final Pattern INGEST_PATHS =
      Pattern.compile("/api/v1/(models/[^/]+/(predictions|feedback)|kserve/events)/?");

  private final ApiTokens tokens;

  TokenGate(ApiTokens tokens) {
    this.tokens = tokens;
  }

  void register(RoutesConfig routes) {
    if (!tokens.isEmpty()) {
      routes.before(this::check);
    }
  }

  private void check(Context ctx) {
    String path = ctx.path();
    if (!path.startsWith(API)) {
      return;
    }
    Scope needed = scopeNeeded(ctx.method().name(), path);
    ApiToken token =
        presented(ctx.header("Authorization"))
            .flatMap(tokens::match)
            .orElseThrow(() -> unauthorized(ctx));
    ctx.attribute(ACTOR_ATTRIBUTE, token.name());
    if (!token.allows(needed)) {
      throw new ApiException(
          403,
          "Authorization",
          "token '" + token.name() + "' lacks the scope '" + needed.label() + "'");
    }
  }

  /** Who makes this request: the name of its API token, {@value #ANONYMOUS} without tokens. */
  public static String actor(Context ctx) {
    String name = ctx.attribute(ACTOR_ATTRIBUTE);
    return name == null ? ANONYMOUS : name;
  }

  /**
   * The scope a request needs: reading for GET and HEAD, ingest for sending predictions, labels and
   * KServe events, admin for everything else (so a route added later is closed by default).
   */
  static Scope scopeNeeded(String method, String path) {
    if (method.equals("GET") || method.equals("HEAD")) {
      return Scope.READ;
    }
    if (method.equals("POST") && INGEST_PATHS.matcher(path).matches()) {
      return Scope.INGEST;
    }
    return Scope.ADMIN;
  }

  private static Optional<String> presented(String header) {
    if (header == null || header.length() <= BEARER.length()) {
      return Optional.empty();
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private static ApiException unauthorized(Context ctx) {
    ctx.header("WWW-Authenticate", "Bearer");
    return new ApiException(
        401, "Authorization", "a valid API token is required: Authorization: Bearer <token>");
  }
}
