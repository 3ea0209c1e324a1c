package dev.vigil.http;

import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.kserve.PendingEventStore;
import java.lang.reflect.Proxy;

/** Event stores for tests of other routes: any call fails, so an unexpected use shows. */
final class UnusedStores {

  static final PredictionStore PREDICTIONS = unused(PredictionStore.class);
  static final LabelStore LABELS = unused(LabelStore.class);
  static final PendingEventStore KSERVE_EVENTS = unused(PendingEventStore.class);

  private UnusedStores() {}

  private static <T> T unused(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(type.getSimpleName() + " is not used here");
            }));
  }
}
