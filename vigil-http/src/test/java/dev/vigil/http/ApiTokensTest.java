package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token matcher: SHA-256 of the presented token, compared in constant time with each hash. */
class ApiTokensTest {

  static final String CI_SECRET = "ci-secret-0123456789abcdef";
  static final String DASH_SECRET = "dashboard-secret-fedcba9876543210";

  static String hashOf(String secret) {
    return HexFormat.of().formatHex(ApiTokens.sha256(secret));
  }

  static ApiToken token(String name, String secret, Scope... scopes) {
    return new ApiToken(name, hashOf(secret), Set.of(scopes));
  }

  @Test
  void theHashIsTheSha256OfTheUtf8Token() throws Exception {
    // The value `printf %s abc | sha256sum` prints (FIPS 180-2 test vector).
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hashOf("abc"));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])),
        hashOf(""));
  }

  @Test
  void matchesOnlyTheExactToken() {
    ApiTokens tokens =
        new ApiTokens(
            List.of(token("ci", CI_SECRET, Scope.INGEST), token("dash", DASH_SECRET, Scope.READ)));

    assertEquals("ci", tokens.match(CI_SECRET).orElseThrow().name());
    assertEquals("dash", tokens.match(DASH_SECRET).orElseThrow().name());
    assertTrue(tokens.match(CI_SECRET + "x").isEmpty());
    assertTrue(tokens.match(CI_SECRET.substring(1)).isEmpty());
    assertTrue(tokens.match(hashOf(CI_SECRET)).isEmpty(), "the hash itself is not a token");
    assertTrue(tokens.match("").isEmpty());
  }

  @Test
  void comparesEveryConfiguredDigestWithTheGivenComparison() {
    AtomicInteger comparisons = new AtomicInteger();
    ApiTokens tokens =
        new ApiTokens(
            List.of(
                token("a", CI_SECRET, Scope.INGEST),
                token("b", DASH_SECRET, Scope.READ),
                token("c", "third", Scope.ADMIN)),
            (x, y) -> {
              comparisons.incrementAndGet();
              return MessageDigest.isEqual(x, y);
            });

    assertEquals("a", tokens.match(CI_SECRET).orElseThrow().name());
    assertEquals(3, comparisons.get(), "a match at the first token still compares all three");
    assertTrue(tokens.match("nothing").isEmpty());
    assertEquals(6, comparisons.get());
  }

  @Test
  void adminAllowsEveryScopeAndOthersOnlyTheirOwn() {
    ApiToken admin = token("root", CI_SECRET, Scope.ADMIN);
    ApiToken ingest = token("ci", CI_SECRET, Scope.INGEST);

    for (Scope scope : Scope.values()) {
      assertTrue(admin.allows(scope), scope.label());
    }
    assertTrue(ingest.allows(Scope.INGEST));
    assertFalse(ingest.allows(Scope.READ));
    assertFalse(ingest.allows(Scope.ADMIN));
  }

  @Test
  void refusesBadTokensNamingTheField() {
    assertMessage(
        "name must not be blank", () -> new ApiToken(" ", hashOf("x"), Set.of(Scope.READ)));
    assertMessage(
        "sha256 must be 64 hexadecimal digits",
        () -> new ApiToken("ci", "not-a-hash", Set.of(Scope.READ)));
    assertMessage("scopes must name", () -> new ApiToken("ci", hashOf("x"), Set.of()));
    assertMessage(
        "name 'ci' is used by two tokens",
        () -> new ApiTokens(List.of(token("ci", "a", Scope.READ), token("ci", "b", Scope.READ))));
    assertMessage(
        "sha256 of token 'b' is not unique",
        () -> new ApiTokens(List.of(token("a", "s", Scope.READ), token("b", "s", Scope.INGEST))));
    assertMessage("scopes[0] must be one of", () -> Scope.parse("write", "scopes[0]"));
  }

  @Test
  void descriptionsShowNeitherSecretNorHash() {
    ApiTokens tokens = new ApiTokens(List.of(token("ci", CI_SECRET, Scope.INGEST)));

    assertFalse(tokens.toString().contains(hashOf(CI_SECRET)), tokens.toString());
    assertTrue(tokens.toString().contains("ci"), tokens.toString());
  }

  @Test
  void anUppercaseHashIsTheSameHash() {
    ApiTokens tokens =
        new ApiTokens(
            List.of(new ApiToken("ci", hashOf(CI_SECRET).toUpperCase(), Set.of(Scope.INGEST))));

    assertTrue(tokens.match(CI_SECRET).isPresent());
  }

  private static void assertMessage(String expected, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
