package dev.vigil.core.ingest;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventLog;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.event.UnmatchedLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event log in memory, with the rules of the JDBC one (duplicates, first label wins, one
 * sequence for predictions and labels, unknown model refuses the whole call), counting its calls
 * and able to fail the next one.
 */
final class MemoryEventLog implements EventLog {

  private record Key(String model, String id) {}

  private record Stored<T>(T record, long sequence) {}

  private final Set<String> models;
  private final Map<Key, Stored<PredictionRecord>> predictions = new HashMap<>();
  private final Map<Key, Stored<LabelRecord>> labels = new HashMap<>();
  private final List<LabelRecord> conflicts = new ArrayList<>();
  private final List<List<Integer>> calls = new ArrayList<>();
  private long sequence;
  private RuntimeException nextFailure;

  MemoryEventLog(Set<String> models) {
    this.models = models;
  }

  @Override
  public synchronized EventCommit append(List<EventBatch> batches) {
    calls.add(batches.stream().map(EventBatch::size).toList());
    if (nextFailure != null) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    refuseUnknownModels(batches);
    List<BatchOutcome> outcomes = new ArrayList<>();
    List<PredictionRecord> inserted = new ArrayList<>();
    List<LabeledPrediction> joined = new ArrayList<>();
    for (EventBatch batch : batches) {
      outcomes.add(
          batch instanceof EventBatch.Predictions p
              ? storePredictions(p.records(), inserted, joined)
              : storeLabels(((EventBatch.Labels) batch).records(), joined));
    }
    return new EventCommit(outcomes, inserted, joined, sequence);
  }

  private void refuseUnknownModels(List<EventBatch> batches) {
    for (int i = 0; i < batches.size(); i++) {
      List<String> names =
          batches.get(i) instanceof EventBatch.Predictions p
              ? p.records().stream().map(PredictionRecord::modelName).toList()
              : ((EventBatch.Labels) batches.get(i))
                  .records().stream().map(LabelRecord::modelName).toList();
      for (String name : names) {
        if (!models.contains(name)) {
          throw new IllegalArgumentException(
              "batches[" + i + "].modelName: no monitored model named '" + name + "'");
        }
      }
    }
  }

  private BatchOutcome storePredictions(
      List<PredictionRecord> records,
      List<PredictionRecord> inserted,
      List<LabeledPrediction> joined) {
    int stored = 0;
    for (PredictionRecord r : records) {
      Key key = new Key(r.modelName(), r.predictionId());
      if (predictions.putIfAbsent(key, new Stored<>(r, sequence + 1)) == null) {
        sequence++;
        stored++;
        inserted.add(r);
        Stored<LabelRecord> label = labels.get(key);
        if (label != null) {
          joined.add(new LabeledPrediction(r, label.record()));
        }
      }
    }
    return new BatchOutcome(stored, records.size() - stored, 0);
  }

  private BatchOutcome storeLabels(List<LabelRecord> records, List<LabeledPrediction> joined) {
    int stored = 0;
    int conflicting = 0;
    for (LabelRecord r : records) {
      Key key = new Key(r.modelName(), r.predictionId());
      Stored<LabelRecord> first = labels.get(key);
      if (first == null) {
        labels.put(key, new Stored<>(r, ++sequence));
        stored++;
        Stored<PredictionRecord> prediction = predictions.get(key);
        if (prediction != null) {
          joined.add(new LabeledPrediction(prediction.record(), r));
        }
      } else if (first.record().label() != r.label()) {
        conflicts.add(r);
        conflicting++;
      }
    }
    return new BatchOutcome(stored, records.size() - stored - conflicting, conflicting);
  }

  @Override
  public synchronized long lastSequence() {
    return sequence;
  }

  @Override
  public synchronized void replayAfter(long after, EventSink sink) {
    predictions.values().stream()
        .filter(p -> p.sequence() > after)
        .sorted(Comparator.comparingLong(Stored::sequence))
        .forEach(p -> sink.prediction(p.record()));
    List<Stored<LabeledPrediction>> pairs = new ArrayList<>();
    labels.forEach(
        (key, label) -> {
          Stored<PredictionRecord> prediction = predictions.get(key);
          long joinedAt =
              prediction == null ? 0 : Math.max(prediction.sequence(), label.sequence());
          if (joinedAt > after) {
            pairs.add(
                new Stored<>(new LabeledPrediction(prediction.record(), label.record()), joinedAt));
          }
        });
    pairs.sort(Comparator.comparingLong(Stored::sequence));
    pairs.forEach(pair -> sink.joined(pair.record()));
  }

  /** The next append throws this (once). */
  synchronized void failNextAppend(RuntimeException failure) {
    nextFailure = failure;
  }

  /** The batch sizes of each append call, in call order. */
  synchronized List<List<Integer>> calls() {
    return List.copyOf(calls);
  }

  synchronized long predictionCount() {
    return predictions.size();
  }

  synchronized long joinedCount() {
    return labels.keySet().stream().filter(predictions::containsKey).count();
  }

  PredictionStore predictionReads() {
    return new PredictionStore() {
      @Override
      public AppendResult appendAll(List<PredictionRecord> records) {
        throw new UnsupportedOperationException("reads only");
      }

      @Override
      public Optional<PredictionRecord> find(String modelName, String predictionId) {
        synchronized (MemoryEventLog.this) {
          return Optional.ofNullable(predictions.get(new Key(modelName, predictionId)))
              .map(Stored::record);
        }
      }

      @Override
      public long countByModel(String modelName) {
        synchronized (MemoryEventLog.this) {
          return predictions.keySet().stream().filter(k -> k.model().equals(modelName)).count();
        }
      }
    };
  }

  LabelStore labelReads() {
    return new LabelStore() {
      @Override
      public LabelAppendResult appendAll(List<LabelRecord> records) {
        throw new UnsupportedOperationException("reads only");
      }

      @Override
      public Optional<LabelRecord> find(String modelName, String predictionId) {
        synchronized (MemoryEventLog.this) {
          return Optional.ofNullable(labels.get(new Key(modelName, predictionId)))
              .map(Stored::record);
        }
      }

      @Override
      public List<LabelRecord> conflicts(String modelName, String predictionId) {
        synchronized (MemoryEventLog.this) {
          return conflicts.stream()
              .filter(c -> c.modelName().equals(modelName))
              .filter(c -> c.predictionId().equals(predictionId))
              .toList();
        }
      }

      @Override
      public UnmatchedLabels unmatched(String modelName, int limit) {
        throw new UnsupportedOperationException("not needed by the pipeline tests");
      }
    };
  }
}
