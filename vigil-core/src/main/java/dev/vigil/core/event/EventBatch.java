package dev.vigil.core.event;

import java.util.List;

/** One request's worth of records for the {@link EventLog}: predictions or labels. */
public sealed interface EventBatch {

  int size();

  record Predictions(List<PredictionRecord> records) implements EventBatch {
    public Predictions {
      records = List.copyOf(records);
    }

    @Override
    public int size() {
      return records.size();
    }
  }

  record Labels(List<LabelRecord> records) implements EventBatch {
    public Labels {
      records = List.copyOf(records);
    }

    @Override
    public int size() {
      return records.size();
    }
  }
}
