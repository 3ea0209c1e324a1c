package dev.vigil.core.event;

/**
 * Told of every commit of the ingestion pipeline, after it is durable, on the thread that made it:
 * the pipeline's recorder thread, or a request thread for a KServe join. It must be quick, must not
 * throw, and must be safe for concurrent use: e.g. the Prometheus counters.
 */
@FunctionalInterface
public interface IngestListener {

  IngestListener NONE = commit -> {};

  void committed(EventCommit commit);
}
