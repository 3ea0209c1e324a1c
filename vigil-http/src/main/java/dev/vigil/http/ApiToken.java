package dev.vigil.http;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One configured API token: a name for messages, the SHA-256 of the secret (never the secret
 * itself, so a configuration file leaks nothing usable) and its scopes.
 *
 * <p>Invariants: the name is not blank; {@code sha256} is 64 hexadecimal digits, kept in lower
 * case; the scopes are not empty.
 */
public record ApiToken(String name, String sha256, Set<Scope> scopes) {

  public ApiToken {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(scopes, "scopes");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    sha256 = sha256.strip().toLowerCase(Locale.ROOT);
    if (!sha256.matches("[0-9a-f]{64}")) {
      // The value is not echoed: someone may have pasted the token itself here.
      throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes must name at least one of ingest, read, admin");
    }
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
  }

  /** Whether this token may do what {@code needed} allows; {@code admin} allows everything. */
  public boolean allows(Scope needed) {
    return scopes.contains(Scope.ADMIN) || scopes.contains(needed);
  }

  byte[] digest() {
    return HexFormat.of().parseHex(sha256);
  }

  @Override
  public String toString() {
    return "ApiToken[" + name + ", scopes=" + scopes + "]";
  }
}
