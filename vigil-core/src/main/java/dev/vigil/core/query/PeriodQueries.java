package dev.vigil.core.query;

import dev.vigil.core.event.EventPosition;
import dev.vigil.core.event.EventReader;
import dev.vigil.core.event.StoredPrediction;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.PeriodRecorder;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Segment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The count-based periods of a model: its predictions in {@code [from, to)}, ordered by event time
 * then storage order, cut into consecutive periods of {@code size} predictions, each with the
 * statistics of a window and its realized performance. Reads the raw records (the windows do not
 * keep order within a window) in pages of the {@link EventReader}; no state, safe for concurrent
 * use when its ports are.
 */
public final class PeriodQueries {

  public static final int MIN_SIZE = 10;
  public static final int MAX_SIZE = 100_000;
  public static final int DEFAULT_SIZE = 250;

  /** The most periods one answer gives. */
  public static final int MAX_PERIODS = 1000;

  /** The most predictions one answer reads: fewer periods per answer when they are large. */
  public static final int MAX_PREDICTIONS = 1_000_000;

  private static final int READ_LIMIT = 10_000;

  private final ModelStore models;
  private final EventReader events;
  private final ReferenceStore references;
  private final Clock clock;

  public PeriodQueries(
      ModelStore models, EventReader events, ReferenceStore references, Clock clock) {
    this.models = Objects.requireNonNull(models, "models");
    this.events = Objects.requireNonNull(events, "events");
    this.references = Objects.requireNonNull(references, "references");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * One answer's periods: from the start of the range, or from {@code after}; {@link
   * PeriodsView#next} is set when the range holds more.
   *
   * @throws UnknownModelException when the model is not monitored
   * @throws IllegalArgumentException naming the parameter at fault
   */
  public PeriodsView periods(PeriodParameters parameters) {
    MonitoredModel model =
        models
            .find(parameters.model())
            .orElseThrow(() -> new UnknownModelException(parameters.model()));
    QueryScope scope =
        new QueryScope(
            model,
            TimeRange.resolve(parameters.from(), parameters.to(), clock),
            Segment.ALL,
            parameters.version());
    int size = size(parameters.size());
    Optional<PeriodCursor> after = parameters.after().map(PeriodCursor::parse);
    Optional<ReferenceSummary> reference = references.find(model.name());
    Pages pages = new Pages(scope, size, after, reference);
    pages.read();
    return new PeriodsView(
        scope, size, reference.map(ReferenceSummary::uploadedAt), pages.periods, pages.next);
  }

  /** How many periods one answer gives at this size. */
  public static int periodsPerAnswer(int size) {
    return Math.max(1, Math.min(MAX_PERIODS, MAX_PREDICTIONS / size));
  }

  private static int size(Optional<String> text) {
    if (text.isEmpty()) {
      return DEFAULT_SIZE;
    }
    try {
      int size = Integer.parseInt(text.get().trim());
      if (size >= MIN_SIZE && size <= MAX_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "size: must be a whole number in ["
            + MIN_SIZE
            + ", "
            + MAX_SIZE
            + "], was '"
            + text.get()
            + "'");
  }

  /** One answer being read: the periods closed so far and the one being filled. */
  private final class Pages {
    private final QueryScope scope;
    private final int size;
    private final int maxPeriods;
    private final Optional<ReferenceSummary> reference;
    private final List<Period> periods = new ArrayList<>();
    private Optional<PeriodCursor> next = Optional.empty();
    private Optional<EventPosition> position;
    private long index;
    private PeriodRecorder open;
    private StoredPrediction first;
    private StoredPrediction last;
    private int count;

    Pages(
        QueryScope scope,
        int size,
        Optional<PeriodCursor> after,
        Optional<ReferenceSummary> reference) {
      this.scope = scope;
      this.size = size;
      this.maxPeriods = periodsPerAnswer(size);
      this.reference = reference;
      this.position = after.map(PeriodCursor::after);
      this.index = after.map(PeriodCursor::nextIndex).orElse(0L);
    }

    void read() {
      while (true) {
        List<StoredPrediction> page =
            events.predictionsBetween(
                scope.model().name(),
                scope.range().from(),
                scope.range().to(),
                scope.version(),
                position,
                READ_LIMIT);
        for (StoredPrediction row : page) {
          if (periods.size() == maxPeriods) {
            // A prediction beyond the answer's last period: there is a next page.
            next = Optional.of(new PeriodCursor(index, position.orElseThrow()));
            return;
          }
          add(row);
        }
        if (page.size() < READ_LIMIT) {
          if (open != null) {
            close(true);
          }
          return;
        }
      }
    }

    private void add(StoredPrediction row) {
      if (open == null) {
        open = new PeriodRecorder(scope.model());
        first = row;
        count = 0;
      }
      open.prediction(row.prediction());
      row.joined().ifPresent(open::joined);
      last = row;
      count++;
      position = Optional.of(row.position());
      if (count == size) {
        close(false);
      }
    }

    private void close(boolean partial) {
      BucketStats stats =
          BucketStats.of(
              first.prediction().eventTime(),
              last.prediction().eventTime(),
              partial,
              open.summary(),
              scope.model(),
              reference);
      periods.add(new Period(index++, stats, PerformanceStats.of(open.summary())));
      open = null;
    }
  }
}
