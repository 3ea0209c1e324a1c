package dev.vigil.core.ingest;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventLog;
import dev.vigil.core.event.IngestListener;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Commits one group of batches in one {@link EventLog#append}, then tells the windows and the
 * listener, then completes each batch's future with its outcome, in order: an appender hears back
 * only once its records are durable and counted in the windows.
 */
final class GroupCommitter {

  private static final System.Logger LOG = System.getLogger(GroupCommitter.class.getName());

  private final EventLog log;
  private final LiveWindows windows;
  private final IngestListener listener;

  GroupCommitter(EventLog log, LiveWindows windows, IngestListener listener) {
    this.log = log;
    this.windows = windows;
    this.listener = listener;
  }

  /**
   * Commits the group. A refused record ({@link IllegalArgumentException}, e.g. an unknown model)
   * rolls the whole group back, so each batch is then retried alone and only the bad one fails. Any
   * other failure propagates: the caller fails the futures not completed yet.
   */
  void commit(List<PendingBatch> group) {
    EventCommit commit;
    try {
      List<EventBatch> batches = group.stream().map(PendingBatch::batch).toList();
      commit = windows.commitAndRecord(() -> log.append(batches));
    } catch (IllegalArgumentException e) {
      if (group.size() == 1) {
        group.get(0).outcome().completeExceptionally(e);
      } else {
        group.forEach(this::commitAlone);
      }
      return;
    }
    if (commit.outcomes().size() != group.size()) {
      throw new IllegalStateException(
          "the event log reported "
              + commit.outcomes().size()
              + " outcomes for "
              + group.size()
              + " batches");
    }
    tellListener(commit);
    for (int i = 0; i < group.size(); i++) {
      group.get(i).outcome().complete(commit.outcomes().get(i));
    }
  }

  private void commitAlone(PendingBatch batch) {
    try {
      commit(List.of(batch));
    } catch (RuntimeException e) {
      batch.outcome().completeExceptionally(e);
    }
  }

  /** Records a commit of another writer into the windows and tells the listener. */
  void recordOther(EventCommit commit) {
    windows.record(commit);
    tellListener(commit);
  }

  private void tellListener(EventCommit commit) {
    try {
      listener.committed(commit);
    } catch (RuntimeException e) {
      // The records are committed: a listener's bug must not turn them into a failure.
      LOG.log(Level.ERROR, "an ingest listener failed on a commit", e);
    }
  }
}
