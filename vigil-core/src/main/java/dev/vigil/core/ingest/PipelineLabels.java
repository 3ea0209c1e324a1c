package dev.vigil.core.ingest;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.UnmatchedLabels;
import java.util.List;
import java.util.Optional;

/** The pipeline seen as a {@link LabelStore}: appends are group-committed, reads delegated. */
final class PipelineLabels implements LabelStore {

  private final IngestPipeline pipeline;
  private final LabelStore reads;

  PipelineLabels(IngestPipeline pipeline, LabelStore reads) {
    this.pipeline = pipeline;
    this.reads = reads;
  }

  @Override
  public LabelAppendResult appendAll(List<LabelRecord> records) {
    return pipeline.append(new EventBatch.Labels(records)).asLabelAppendResult();
  }

  @Override
  public Optional<LabelRecord> find(String modelName, String predictionId) {
    return reads.find(modelName, predictionId);
  }

  @Override
  public List<LabelRecord> conflicts(String modelName, String predictionId) {
    return reads.conflicts(modelName, predictionId);
  }

  @Override
  public UnmatchedLabels unmatched(String modelName, int limit) {
    return reads.unmatched(modelName, limit);
  }
}
