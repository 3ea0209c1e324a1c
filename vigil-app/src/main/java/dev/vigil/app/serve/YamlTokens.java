package dev.vigil.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.http.ApiToken;
import dev.vigil.http.ApiTokens;
import dev.vigil.http.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the API tokens of a YAML config file: the key {@code tokens}, a list of {@code {name,
 * sha256, scopes}} where {@code sha256} is the hex SHA-256 of the secret token (the secret itself
 * never appears in the file). Every error names the key at fault ({@code tokens[1].scopes[0]}) and
 * never repeats a value that could be a secret.
 */
public final class YamlTokens {

  private static final List<String> KEYS = List.of("name", "sha256", "scopes");

  private YamlTokens() {}

  /** The tokens of the file; none when it has no {@code tokens} key. */
  public static ApiTokens read(Path file) {
    JsonNode list = YamlSettings.root(file).path(YamlSettings.TOKENS_KEY);
    try {
      return parse(list);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage());
    }
  }

  private static ApiTokens parse(JsonNode list) {
    if (list.isMissingNode()) {
      return ApiTokens.none();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("tokens must be a list of {name, sha256, scopes}");
    }
    List<ApiToken> tokens = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      tokens.add(token(list.get(i), "tokens[" + i + "]"));
    }
    try {
      return new ApiTokens(tokens);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tokens: " + e.getMessage());
    }
  }

  private static ApiToken token(JsonNode entry, String path) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException(path + " must be a mapping of name, sha256, scopes");
    }
    for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            path + ": unknown key '" + key + "'; known: " + KEYS + " (give the token's SHA-256)");
      }
    }
    String name = text(entry, path + ".name");
    String sha256 = text(entry, path + ".sha256");
    Set<Scope> scopes = scopes(entry.path("scopes"), path + ".scopes");
    try {
      return new ApiToken(name, sha256, scopes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + e.getMessage());
    }
  }

  private static String text(JsonNode entry, String path) {
    JsonNode value = entry.path(path.substring(path.lastIndexOf('.') + 1));
    if (!value.isValueNode() || value.isNull()) {
      throw new IllegalArgumentException(path + " is required and must be text");
    }
    return value.asText();
  }

  private static Set<Scope> scopes(JsonNode list, String path) {
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(path + " must be a non-empty list of ingest, read, admin");
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (int i = 0; i < list.size(); i++) {
      scopes.add(Scope.parse(list.get(i).asText(), path + "[" + i + "]"));
    }
    return scopes;
  }
}
