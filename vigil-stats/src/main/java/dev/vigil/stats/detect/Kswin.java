package dev.vigil.stats.detect;

import java.util.Map;

/**
 * KSWIN (Raab, Heusinger and Schleif 2020), as River 0.26.1's {@code drift.KSWIN}: a sliding window
 * of the latest {@code window_size} values; once full, every update draws {@code stat_size} values
 * at random from its oldest {@code window_size - stat_size} and tests them against the newest
 * {@code stat_size} with the two-sample KS test; drift when {@code p <= alpha} and {@code D > 0.1}.
 * After a drift the window keeps only the newest {@code stat_size} values, and the next update
 * starts over (empty window, generator re-seeded), as River does.
 *
 * <p>The draws use CPython's Mersenne Twister and {@code random.sample}, so with the same {@code
 * seed} the signals equal River's. River's default seed is {@code None} (fresh entropy); Vigil's
 * default is 42 so that runs repeat.
 */
public final class Kswin implements ChangeDetector {

  /** River's defaults, plus Vigil's fixed default seed. */
  public static final Map<String, Double> DEFAULTS =
      Map.of("alpha", 0.005, "window_size", 100.0, "stat_size", 30.0, "seed", 42.0);

  private static final double MIN_STATISTIC = 0.1;

  private final KswinState.Settings settings;
  private SlidingWindow window;
  private PythonRandom random;
  private double pValue;
  private long seen;
  private DetectorSignal signal = DetectorSignal.NONE;

  private Kswin(KswinState.Settings settings) {
    this.settings = settings;
    reset();
  }

  /** A KSWIN with River's defaults overridden by the given parameters. */
  public static Kswin of(DetectorParameters given) {
    DetectorParameters p =
        given.requireOnly(DetectorMethod.KSWIN, "alpha", "window_size", "stat_size", "seed");
    return new Kswin(
        new KswinState.Settings(
            ParameterChecks.openUnit("alpha", p.get("alpha", DEFAULTS.get("alpha"))),
            ParameterChecks.wholeAtLeast(
                "window_size", p.get("window_size", DEFAULTS.get("window_size")), 2),
            ParameterChecks.wholeAtLeast(
                "stat_size", p.get("stat_size", DEFAULTS.get("stat_size")), 1),
            ParameterChecks.seed("seed", p.get("seed", DEFAULTS.get("seed")))));
  }

  /** Continues from a saved state. */
  public static Kswin restore(KswinState state) {
    Kswin k = new Kswin(state.settings());
    k.window = SlidingWindow.of(state.settings().windowSize(), state.window());
    k.random = PythonRandom.restored(state.randomState(), state.randomIndex());
    k.pValue = state.pValue();
    k.seen = state.seen();
    k.signal = state.signal();
    return k;
  }

  public KswinState state() {
    return new KswinState(
        settings, signal, seen, pValue, window.toArray(), random.state(), random.index());
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.KSWIN;
  }

  @Override
  public DetectorSignal update(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, got " + value);
    }
    if (signal == DetectorSignal.DRIFT) {
      reset();
    }
    seen++;
    window.add(value);
    signal = window.size() >= settings.windowSize() ? test() : DetectorSignal.NONE;
    return signal;
  }

  private DetectorSignal test() {
    int older = settings.windowSize() - settings.statSize();
    int[] drawn = random.sample(older, settings.statSize());
    double[] sampled = new double[drawn.length];
    for (int i = 0; i < drawn.length; i++) {
      sampled[i] = window.get(drawn[i]);
    }
    double[] recent = window.range(older, settings.windowSize());
    TwoSampleKs ks = TwoSampleKs.test(sampled, recent);
    pValue = ks.pValue();
    if (pValue <= settings.alpha() && ks.statistic() > MIN_STATISTIC) {
      window = SlidingWindow.of(settings.windowSize(), recent);
      return DetectorSignal.DRIFT;
    }
    return DetectorSignal.NONE;
  }

  /** The p-value of the latest test (0 before the window first fills, as River). */
  public double pValue() {
    return pValue;
  }

  @Override
  public DetectorSignal signal() {
    return signal;
  }

  @Override
  public void reset() {
    window = SlidingWindow.of(settings.windowSize(), new double[0]);
    random = PythonRandom.seeded(settings.seed());
    pValue = 0;
    seen = 0;
    signal = DetectorSignal.NONE;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "alpha", settings.alpha(),
            "window_size", (double) settings.windowSize(),
            "stat_size", (double) settings.statSize(),
            "seed", (double) settings.seed()));
  }
}
