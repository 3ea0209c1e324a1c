package dev.vigil.core.ingest;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import java.util.List;
import java.util.Optional;

/** The pipeline seen as a {@link PredictionStore}: appends are group-committed, reads delegated. */
final class PipelinePredictions implements PredictionStore {

  private final IngestPipeline pipeline;
  private final PredictionStore reads;

  PipelinePredictions(IngestPipeline pipeline, PredictionStore reads) {
    this.pipeline = pipeline;
    this.reads = reads;
  }

  @Override
  public AppendResult appendAll(List<PredictionRecord> records) {
    return pipeline.append(new EventBatch.Predictions(records)).asAppendResult();
  }

  @Override
  public Optional<PredictionRecord> find(String modelName, String predictionId) {
    return reads.find(modelName, predictionId);
  }

  @Override
  public long countByModel(String modelName) {
    return reads.countByModel(modelName);
  }
}
