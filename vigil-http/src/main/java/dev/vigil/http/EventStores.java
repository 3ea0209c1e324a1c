package dev.vigil.http;

import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.kserve.PendingEventStore;
import dev.vigil.core.model.ModelStore;
import java.util.Objects;

/**
 * The stores the HTTP server works on: monitored models, their predictions and labels, and the
 * KServe payload-logger events waiting for their other half.
 */
public record EventStores(
    ModelStore models,
    PredictionStore predictions,
    LabelStore labels,
    PendingEventStore kserveEvents) {

  public EventStores {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(kserveEvents, "kserveEvents");
  }
}
