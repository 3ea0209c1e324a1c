package dev.vigil.app.demo;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) as a request to stop rather than the JVM's shutdown: a shutdown hook can clean up
 * but the JVM then exits 130 whatever the command returns, and the demo must exit 0 after a clean
 * stop. The first Ctrl-C runs the action and puts the previous handler back, so a second one ends
 * the process the usual way. SIGTERM is left to the shutdown hook. Closing restores the previous
 * handler (tests run the demo in a JVM that lives on).
 */
final class CtrlC implements AutoCloseable {

  private static final Signal INT = new Signal("INT");

  private final SignalHandler previous;

  private CtrlC(Runnable action) {
    SignalHandler[] before = new SignalHandler[1];
    before[0] =
        Signal.handle(
            INT,
            signal -> {
              Signal.handle(INT, before[0]);
              action.run();
            });
    this.previous = before[0];
  }

  /** Runs {@code action} on the first Ctrl-C; null where SIGINT cannot be handled. */
  static CtrlC onFirst(Runnable action) {
    try {
      return new CtrlC(action);
    } catch (IllegalArgumentException unavailable) {
      return null; // no SIGINT here (or the JVM keeps it, -Xrs): the shutdown hook still stops
    }
  }

  @Override
  public void close() {
    Signal.handle(INT, previous);
  }
}
