package dev.vigil.app.demo;

import dev.vigil.app.traffic.ReplayCounts;
import dev.vigil.app.traffic.TrafficReplay;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the demo's status line up to date on its own thread: on a terminal one line rewritten in
 * place (carriage return) every second, elsewhere (a pipe, a log) a line every ten seconds. A phase
 * change is announced on a line of its own above it. The API is read every other second.
 */
final class LiveStatus implements AutoCloseable {

  private static final long TICK_MILLIS = 1_000;
  private static final int TICKS_PER_READING = 2;
  private static final int TICKS_PER_PLAIN_LINE = 10;

  /**
   * How long labels still pending at the end of {@code --duration} are waited for: exponential
   * delays have a long tail (the last of 6,480 labels came 90 s late at the defaults).
   */
  static final int LABEL_GRACE_TICKS = 20;

  private final PrintWriter out;
  private final boolean terminal;
  private final TrafficReplay replay;
  private final StorySource source;
  private final DemoStory story;
  private final ReadingsPoller poller;
  private final Duration duration;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "vigil-demo-status");
            thread.setDaemon(true);
            return thread;
          });
  private Readings readings = Readings.NONE;
  private DemoStory.Phase shownPhase;
  private boolean toldTheEnd;
  private long trafficDoneAt = -1;
  private long ticks;
  private int lastLength;

  LiveStatus(
      PrintWriter out,
      boolean terminal,
      TrafficReplay replay,
      StorySource source,
      DemoStory story,
      ReadingsPoller poller,
      Duration duration) {
    this.out = out;
    this.terminal = terminal;
    this.replay = replay;
    this.source = source;
    this.story = story;
    this.poller = poller;
    this.duration = duration;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Stops updating, then prints the last line with fresh readings and ends it. */
  @Override
  public void close() {
    timer.shutdown();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      readings = poller.read();
      print(line(), true);
    }
  }

  private synchronized void tick() {
    try {
      if (ticks++ % TICKS_PER_READING == 0) {
        readings = poller.read();
      }
      announcePhase(replay.counts());
      if (terminal) {
        print(line(), false);
      } else if (ticks % TICKS_PER_PLAIN_LINE == 0) {
        print(line(), true);
      }
    } catch (RuntimeException e) {
      // A status line that fails must not stop the demo; the next tick tries again.
      readings = Readings.NONE;
    }
  }

  private void announcePhase(ReplayCounts counts) {
    DemoStory.Phase phase = source.phase();
    if (phase != shownPhase) {
      shownPhase = phase;
      print(StatusLine.phaseNote(phase, counts.storyTime()), true);
    }
    if (!toldTheEnd && counts.storyTime().compareTo(story.length()) >= 0) {
      toldTheEnd = true;
      print(StatusLine.storyTold(story.length(), phase, duration != null), true);
    }
    if (trafficDoneAt < 0 && duration != null && counts.storyTime().compareTo(duration) >= 0) {
      trafficDoneAt = ticks;
      print(StatusLine.trafficDone(counts, LABEL_GRACE_TICKS * TICK_MILLIS / 1000), true);
    }
    if (trafficDoneAt >= 0 && ticks - trafficDoneAt >= LABEL_GRACE_TICKS) {
      replay.stop(); // the labels not due by now are counted as not sent
    }
  }

  private String line() {
    return StatusLine.format(source.phase().name(), replay.counts(), readings);
  }

  /** Prints over the live line; a line that stays ends with a newline. */
  private void print(String text, boolean stays) {
    String padding = " ".repeat(Math.max(0, lastLength - text.length()));
    if (terminal) {
      out.print("\r" + text + padding + (stays ? System.lineSeparator() : ""));
    } else {
      out.println(text);
    }
    lastLength = stays ? 0 : text.length();
    out.flush();
  }
}
