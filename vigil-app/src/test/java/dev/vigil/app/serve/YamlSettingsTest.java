package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlSettingsTest {

  @TempDir Path dir;

  @Test
  void readsEveryKnownKey() throws Exception {
    Path file =
        write(
            "host: 127.0.0.1\nport: 8081\ndata_dir: d\ndb: jdbc:sqlite:x.db\n"
                + "max_body_bytes: 5\n");

    Map<Setting, String> settings = YamlSettings.read(file);

    assertEquals("8081", settings.get(Setting.PORT));
    assertEquals("d", settings.get(Setting.DATA_DIR));
    assertEquals("jdbc:sqlite:x.db", settings.get(Setting.DB));
    assertEquals(5, settings.size());
  }

  @Test
  void anEmptyFileHasNoSettings() throws Exception {
    assertTrue(YamlSettings.read(write("")).isEmpty());
  }

  @Test
  void refusesAnUnknownKeyNamingIt() throws Exception {
    Path file = write("prot: 8081\n");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YamlSettings.read(file));

    assertTrue(e.getMessage().contains("unknown setting 'prot'"), e.getMessage());
  }

  @Test
  void refusesANestedValue() throws Exception {
    Path file = write("port:\n  number: 1\n");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YamlSettings.read(file));

    assertTrue(e.getMessage().contains("port must be a single value"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YamlSettings.read(missing));

    assertTrue(e.getMessage().contains("nope.yaml does not exist"), e.getMessage());
  }

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
