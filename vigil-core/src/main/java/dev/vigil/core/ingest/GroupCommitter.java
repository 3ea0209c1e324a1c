package dev.vigil.core.ingest;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventLog;
import java.util.List;

/**
 * Commits one group of batches in one {@link EventLog#append} and hands the commit to the {@link
 * Recorder}, which records it and answers the batches. An appender hears back only once its records
 * are durable and counted in the windows.
 */
final class GroupCommitter {

  private final EventLog log;
  private final LiveWindows windows;
  private final Recorder recorder;

  GroupCommitter(EventLog log, LiveWindows windows, Recorder recorder) {
    this.log = log;
    this.windows = windows;
    this.recorder = recorder;
  }

  /**
   * Commits the group. A refused record ({@link IllegalArgumentException}, e.g. an unknown model)
   * rolls the whole group back, so each batch is then retried alone and only the bad one fails. Any
   * other failure propagates: the caller fails the futures not completed yet.
   */
  void commit(List<PendingBatch> group) {
    try {
      List<EventBatch> batches = group.stream().map(PendingBatch::batch).toList();
      windows.commit(() -> log.append(batches), commit -> recorder.submit(commit, group));
    } catch (IllegalArgumentException e) {
      if (group.size() == 1) {
        group.get(0).outcome().completeExceptionally(e);
      } else {
        group.forEach(this::commitAlone);
      }
    }
  }

  private void commitAlone(PendingBatch batch) {
    try {
      commit(List.of(batch));
    } catch (RuntimeException e) {
      batch.outcome().completeExceptionally(e);
    }
  }
}
