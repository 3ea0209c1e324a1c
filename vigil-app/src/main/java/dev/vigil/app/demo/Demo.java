package dev.vigil.app.demo;

import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.ServeSettings;
import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import dev.vigil.app.synth.ChurnGenerator;
import dev.vigil.app.traffic.ReplayCounts;
import dev.vigil.app.traffic.TrafficOptions;
import dev.vigil.app.traffic.TrafficReplay;
import dev.vigil.app.traffic.VigilClient;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of {@code vigil demo}: takes over the data directory (set up or reuse), starts the real
 * server in-process, replays the story through its HTTP API with a live status line, and on the end
 * of {@code --duration} or a stop (Ctrl-C) stops the traffic, then the server (which flushes its
 * windows), and returns.
 */
final class Demo {

  /** A seed apart from the training population's, so traffic is not the training rows again. */
  private static final long TRAFFIC_SEED_OFFSET = 1_000_003;

  private final DemoSettings settings;
  private final PrintWriter out;
  private final boolean terminal;
  private final Clock clock;
  private final AtomicReference<TrafficReplay> replay = new AtomicReference<>();
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private volatile int port = -1;

  Demo(DemoSettings settings, PrintWriter out, boolean terminal, Clock clock) {
    this.settings = settings;
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  /**
   * Runs until the duration ends or {@link #stop()}.
   *
   * @throws IllegalArgumentException when the data directory cannot be taken over as asked
   * @throws IllegalStateException when training fails
   * @throws RuntimeException when the server cannot start
   */
  ReplayCounts run() {
    DemoDataDir dir = new DemoDataDir(settings.dataDir());
    DemoDataDir.Start start = dir.prepare(settings.mode());
    if (start == DemoDataDir.Start.SET_UP) {
      dir.markSettingUp();
      DemoLogging.toFileIn(dir.path());
      say(
          "Generating %,d customers and training the demo model (XGBoost) in %s ..."
              .formatted(settings.trainingRows(), dir.path()));
      DemoModel.setUp(dir.path(), settings.trainingRows(), settings.seed(), clock);
      dir.markReady();
      say("Model '" + DemoModel.NAME + "' trained, registered and promoted.");
    } else {
      DemoLogging.toFileIn(dir.path());
      say("Reusing the demo model in " + dir.path() + " (--reset starts afresh).");
    }
    if (stopRequested.getCount() == 0) {
      return new ReplayCounts(0, 0, 0, 0, Duration.ZERO); // stopped while training: no server
    }
    try (MonitoringServer server = MonitoringServer.start(serveSettings(dir))) {
      port = server.port();
      return replay(server.port());
    }
  }

  /** Stops the traffic; {@link #run()} then stops the server and returns. Any thread. */
  void stop() {
    stopRequested.countDown();
    TrafficReplay running = replay.get();
    if (running != null) {
      running.stop();
    }
  }

  /** The port the server listens on, -1 before it does. */
  int port() {
    return port;
  }

  private ReplayCounts replay(int boundPort) {
    String base = "http://127.0.0.1:" + boundPort;
    DemoStory story = DemoStory.DEFAULT;
    say("Dashboard: " + base + "/#/model/" + DemoModel.NAME + "?range=1h");
    say(
        "Story: %s; %s story seconds per real second."
            .formatted(DemoPrinting.storyOutline(story), DemoPrinting.number(settings.speed())));
    say("Server log: " + DemoLogging.file(settings.dataDir()) + ". Ctrl-C stops.");
    VigilClient client = new VigilClient(URI.create(base), null);
    TrafficReplay traffic = new TrafficReplay(client, DemoModel.NAME, trafficOptions(), clock);
    replay.set(traffic);
    if (stopRequested.getCount() == 0) {
      traffic.stop();
    }
    StorySource source =
        new StorySource(new ChurnGenerator(settings.seed() + TRAFFIC_SEED_OFFSET), story);
    ReplayCounts counts;
    try (LiveStatus status =
        new LiveStatus(
            out,
            terminal,
            traffic,
            source,
            story,
            new ReadingsPoller(client, DemoModel.NAME, clock),
            settings.duration())) {
      status.start();
      counts = traffic.run(source, c -> {});
    }
    say(DemoPrinting.summary(counts, traffic));
    return counts;
  }

  private TrafficOptions trafficOptions() {
    return new TrafficOptions(
        settings.rate(),
        settings.speed(),
        settings.feedbackDelay(),
        settings.labelCoverage(),
        settings.duration(),
        settings.seed());
  }

  private ServeSettings serveSettings(DemoDataDir dir) {
    Map<Setting, String> flags =
        Map.of(
            Setting.PORT,
            Integer.toString(settings.port()),
            Setting.DATA_DIR,
            dir.path().toString(),
            // Alerts and windows keep up with a story compressed into minutes.
            Setting.ALERT_INTERVAL,
            "5s",
            Setting.FLUSH_INTERVAL,
            "2s");
    return new SettingsResolver(flags, Map.of(), Map.of())
        .resolve()
        .withAlertRules(DemoAlertRules.forModel(DemoModel.NAME))
        .withDetectors(DemoAlertRules.detectors(DemoModel.NAME));
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }
}
