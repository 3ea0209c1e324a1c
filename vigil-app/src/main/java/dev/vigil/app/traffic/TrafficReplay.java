package dev.vigil.app.traffic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Replays rows through a running Vigil's real HTTP API: each row is scored by {@code POST
 * /v2/models/{model}/infer} (one row per request, at most {@link #MAX_IN_FLIGHT} in flight, at
 * {@code ratePerSecond} requests per real second), and, with probability {@code labelCoverage} (a
 * Bernoulli draw from the seeded generator), its label is queued to be sent by {@code POST
 * /api/v1/models/{model}/feedback} once its delay has passed: a delay drawn from {@code
 * feedbackDelay} in story time, so {@code delay / speed} in real time after the answer. Due labels
 * go in batches of at most {@link #LABEL_BATCH}. Failed requests are counted, never fatal.
 *
 * <p>Traffic stops when the source is exhausted, the story time reaches {@code duration}, or {@link
 * #stop()} is called. Without a stop, {@link #run} then waits for the pending labels to come due
 * and sends them; after a stop it sends the labels already due and counts the others as pending. A
 * replay runs once.
 */
public final class TrafficReplay {

  /** Inference requests in flight at most. */
  public static final int MAX_IN_FLIGHT = 4;

  /** Labels in one feedback request at most. */
  public static final int LABEL_BATCH = 1000;

  private static final Duration FLUSH_EVERY = Duration.ofMillis(200);
  private static final Duration PROGRESS_EVERY = Duration.ofMillis(250);

  private final VigilClient client;
  private final String model;
  private final TrafficOptions options;
  private final Clock clock;
  private final RateLimiter limiter;
  private final RandomGenerator random;
  private final LabelQueue labels = new LabelQueue();
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong labelsSent = new AtomicLong();
  private final AtomicLong labelsWithheld = new AtomicLong();
  private final AtomicLong labelsLost = new AtomicLong();
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private volatile Duration storyTime = Duration.ZERO;
  private Instant lastFlush = Instant.MIN;
  private Instant lastProgress = Instant.MIN;

  public TrafficReplay(VigilClient client, String model, TrafficOptions options, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limiter = new RateLimiter(options.ratePerSecond());
    this.random = new SplittableRandom(options.seed());
  }

  /**
   * Replays the source; blocks until done (see the class comment). {@code progress} is called from
   * this thread about four times a second and once at the end.
   *
   * @throws VigilClientException when the served model's inputs cannot be read (no server, no such
   *     model): nothing was sent
   */
  public ReplayCounts run(TrafficSource source, Consumer<ReplayCounts> progress) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a replay runs once");
    }
    List<ServedInput> inputs = client.inputs(model);
    LabelValues values = labelValues();
    Instant start = clock.instant();
    while (!isStopped()) {
      Instant now = clock.instant();
      storyTime = options.storyTime(Duration.between(start, now));
      if (options.duration() != null && storyTime.compareTo(options.duration()) >= 0) {
        storyTime = options.duration();
        break;
      }
      Duration wait = limiter.waitBefore(now);
      if (!wait.isZero()) {
        housekeeping(now, progress);
        pause(wait);
        continue;
      }
      Optional<TrafficRow> row = source.next(storyTime);
      if (row.isEmpty() || !acquireSlot()) {
        break;
      }
      limiter.take(now);
      send(row.get(), inputs, values);
      housekeeping(now, progress);
    }
    awaitInFlight();
    sendLabels(progress);
    ReplayCounts counts = counts();
    progress.accept(counts);
    return counts;
  }

  /** Stops the replay; safe from any thread (e.g. a shutdown hook). */
  public void stop() {
    stopped.countDown();
  }

  /** The counts so far. */
  public ReplayCounts counts() {
    return new ReplayCounts(
        requests.get(), failures.get(), labelsSent.get(), labels.size(), storyTime);
  }

  /** Known labels not sent because the coverage draw left them out. */
  public long labelsWithheld() {
    return labelsWithheld.get();
  }

  /** Labels whose feedback request failed (they count in {@code failures} as requests too). */
  public long labelsLost() {
    return labelsLost.get();
  }

  /** The message of the last failed request, if any failed. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError.get());
  }

  private LabelValues labelValues() {
    try {
      return client.labelValues(model);
    } catch (VigilClientException e) {
      return LabelValues.ONE_ZERO; // a token without scope read: what `vigil train` registers
    }
  }

  private void send(TrafficRow row, List<ServedInput> inputs, LabelValues values) {
    // Drawn here, in row order on one thread, so a seed gives the same labels and delays.
    boolean known = row.label() != null;
    boolean covered = known && random.nextDouble() < options.labelCoverage();
    Duration delay = covered ? options.feedbackDelay().sample(random) : null;
    client
        .inferAsync(model, inputs, List.of((Map<String, Object>) row.features()))
        .whenComplete(
            (predictions, error) -> {
              try {
                if (error != null) {
                  fail(error);
                  return;
                }
                requests.incrementAndGet();
                if (covered) {
                  Instant due = clock.instant().plus(options.realTime(delay));
                  labels.add(due, new Feedback(predictions.get(0).id(), values.of(row.label())));
                } else if (known) {
                  labelsWithheld.incrementAndGet();
                }
              } finally {
                inFlight.release();
              }
            });
  }

  private void housekeeping(Instant now, Consumer<ReplayCounts> progress) {
    if (!now.isBefore(lastFlush.plus(FLUSH_EVERY))) {
      lastFlush = now;
      flushDue(now);
    }
    if (!now.isBefore(lastProgress.plus(PROGRESS_EVERY))) {
      lastProgress = now;
      progress.accept(counts());
    }
  }

  /** After the traffic: waits for the pending labels (until stopped), then sends what is due. */
  private void sendLabels(Consumer<ReplayCounts> progress) {
    while (!isStopped() && labels.size() > 0) {
      Instant now = clock.instant();
      housekeeping(now, progress);
      Instant next = labels.nextDue();
      pause(next == null || !next.isAfter(now) ? FLUSH_EVERY : Duration.between(now, next));
    }
    flushDue(clock.instant());
  }

  private void flushDue(Instant now) {
    for (List<Feedback> batch = labels.takeDue(now, LABEL_BATCH);
        !batch.isEmpty();
        batch = labels.takeDue(now, LABEL_BATCH)) {
      try {
        client.feedback(model, batch);
        labelsSent.addAndGet(batch.size());
      } catch (VigilClientException e) {
        labelsLost.addAndGet(batch.size());
        fail(e);
      }
    }
  }

  private void fail(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    failures.incrementAndGet();
    lastError.set(cause.getMessage());
  }

  private boolean acquireSlot() {
    try {
      while (!isStopped()) {
        if (inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
    return false;
  }

  /** Waits for the requests in flight to be answered (each has a timeout). */
  private void awaitInFlight() {
    inFlight.acquireUninterruptibly(MAX_IN_FLIGHT);
    inFlight.release(MAX_IN_FLIGHT);
  }

  /** Sleeps at most {@code wait} (and at most the flush interval), waking at once on a stop. */
  private void pause(Duration wait) {
    Duration bounded = wait.compareTo(FLUSH_EVERY) < 0 ? wait : FLUSH_EVERY;
    try {
      stopped.await(Math.max(1, bounded.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
  }

  private boolean isStopped() {
    return stopped.getCount() == 0;
  }
}
