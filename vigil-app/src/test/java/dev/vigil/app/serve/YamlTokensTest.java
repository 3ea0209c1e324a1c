package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.http.ApiTokens;
import dev.vigil.http.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTokensTest {

  /** `printf %s abc | sha256sum`. */
  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path dir;

  @Test
  void readsTokensBesideTheFlatSettings() throws Exception {
    Path file =
        write(
            "port: 8081\ntokens:\n  - name: ci\n    sha256: "
                + ABC_SHA256
                + "\n    scopes: [ingest, read]\n");

    ApiTokens tokens = YamlTokens.read(file);

    assertEquals(1, tokens.size());
    assertEquals("ci", tokens.match("abc").orElseThrow().name());
    assertTrue(tokens.match("abc").orElseThrow().allows(Scope.READ));
    assertFalse(tokens.match("abc").orElseThrow().allows(Scope.ADMIN));
    assertEquals("8081", YamlSettings.read(file).get(Setting.PORT), "tokens is a known key");
  }

  @Test
  void noTokensKeyMeansNoTokens() throws Exception {
    assertTrue(YamlTokens.read(write("port: 1\n")).isEmpty());
    assertTrue(YamlTokens.read(write("")).isEmpty());
  }

  @Test
  void errorsNameTheKeyAtFault() throws Exception {
    String entry = "tokens:\n  - name: ci\n    sha256: " + ABC_SHA256 + "\n";
    assertRefused("tokens: ci\n", "tokens must be a list");
    assertRefused("tokens:\n  - ci\n", "tokens[0] must be a mapping");
    assertRefused(entry, "tokens[0].scopes must be a non-empty list");
    assertRefused(entry + "    scopes: []\n", "tokens[0].scopes must be a non-empty list");
    assertRefused(entry + "    scopes: [write]\n", "tokens[0].scopes[0] must be one of");
    assertRefused(
        "tokens:\n  - sha256: " + ABC_SHA256 + "\n    scopes: [read]\n",
        "tokens[0].name is required");
    assertRefused("tokens:\n  - name: ci\n    scopes: [read]\n", "tokens[0].sha256 is required");
    assertRefused(
        entry
            + "    scopes: [read]\n"
            + entry.substring("tokens:\n".length())
            + "    scopes: [read]\n",
        "name 'ci' is used by two tokens");
  }

  @Test
  void aSecretInTheWrongPlaceIsNotRepeated() throws Exception {
    String secret = "s3cr3t-token-value";
    IllegalArgumentException clear =
        assertRefused(
            "tokens:\n  - name: ci\n    token: " + secret + "\n    scopes: [read]\n",
            "tokens[0]: unknown key 'token'");
    IllegalArgumentException asHash =
        assertRefused(
            "tokens:\n  - name: ci\n    sha256: " + secret + "\n    scopes: [read]\n",
            "tokens[0].sha256 must be 64 hexadecimal digits");

    assertFalse(clear.getMessage().contains(secret), clear.getMessage());
    assertFalse(asHash.getMessage().contains(secret), asHash.getMessage());
  }

  private IllegalArgumentException assertRefused(String yaml, String expected) throws Exception {
    Path file = write(yaml);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YamlTokens.read(file));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("vigil.yaml"), e.getMessage());
    return e;
  }

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
