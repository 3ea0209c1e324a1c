package dev.vigil.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The configured API tokens; empty means the API is open (and the server should stay on the
 * loopback). Matching hashes the presented token and compares the digest with every configured one
 * in constant time, without stopping at the first match, so the answer time tells nothing about
 * which bytes or which token came close.
 *
 * <p>Invariant: names and hashes are unique.
 */
public final class ApiTokens {

  private static final ApiTokens NONE = new ApiTokens(List.of());

  private final List<ApiToken> tokens;
  private final List<byte[]> digests;
  private final BiPredicate<byte[], byte[]> sameDigest;

  public ApiTokens(List<ApiToken> tokens) {
    this(tokens, MessageDigest::isEqual);
  }

  /** With the digest comparison given, so that a test can watch it being used. */
  ApiTokens(List<ApiToken> tokens, BiPredicate<byte[], byte[]> sameDigest) {
    this.tokens = List.copyOf(tokens);
    Set<String> names = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (ApiToken token : this.tokens) {
      if (!names.add(token.name())) {
        throw new IllegalArgumentException("name '" + token.name() + "' is used by two tokens");
      }
      if (!hashes.add(token.sha256())) {
        throw new IllegalArgumentException("sha256 of token '" + token.name() + "' is not unique");
      }
    }
    this.digests = this.tokens.stream().map(ApiToken::digest).toList();
    this.sameDigest = sameDigest;
  }

  /** No tokens: the API is open. */
  public static ApiTokens none() {
    return NONE;
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public int size() {
    return tokens.size();
  }

  /** The configured token whose hash is the SHA-256 of {@code presented}, if any. */
  public Optional<ApiToken> match(String presented) {
    byte[] digest = sha256(presented);
    ApiToken found = null;
    for (int i = 0; i < digests.size(); i++) {
      // Every digest is compared even after a match: no early exit to time.
      if (sameDigest.test(digest, digests.get(i))) {
        found = tokens.get(i);
      }
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "ApiTokens" + tokens;
  }
}
