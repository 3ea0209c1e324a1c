package dev.vigil.app.serve;

import java.nio.file.Path;
import java.util.Map;

/** The settings of a test server: the defaults, a free port and the given data directory. */
public final class FreePortSettings {

  private FreePortSettings() {}

  public static ServeSettings of(Path dataDir) {
    return new SettingsResolver(
            Map.of(Setting.PORT, "0", Setting.DATA_DIR, dataDir.toString()), Map.of(), Map.of())
        .resolve();
  }
}
