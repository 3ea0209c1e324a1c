package dev.vigil.http;

import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.model.ModelStore;
import java.util.Objects;

/** The stores the HTTP server works on: monitored models, their predictions and their labels. */
public record EventStores(ModelStore models, PredictionStore predictions, LabelStore labels) {

  public EventStores {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(labels, "labels");
  }
}
