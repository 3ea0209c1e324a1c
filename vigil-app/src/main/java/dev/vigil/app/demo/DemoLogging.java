package dev.vigil.app.demo;

import java.nio.file.Path;

/**
 * Sends the in-process server's log to a file in the data directory, so the terminal keeps one
 * clean status line. slf4j-simple reads its settings when the first logger is made, so this must
 * run before the server starts; it leaves a log file chosen by the user (the system property) as it
 * is.
 */
final class DemoLogging {

  static final String FILE = "vigil-demo.log";
  private static final String PROPERTY = "org.slf4j.simpleLogger.logFile";

  private DemoLogging() {}

  static void toFileIn(Path dataDir) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, file(dataDir).toString());
    }
  }

  /** Where the log goes. */
  static String file(Path dataDir) {
    String chosen = System.getProperty(PROPERTY);
    return chosen != null ? chosen : dataDir.resolve(FILE).toString();
  }
}
