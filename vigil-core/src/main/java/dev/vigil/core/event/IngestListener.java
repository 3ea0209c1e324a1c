package dev.vigil.core.event;

/**
 * Told of every commit of the ingestion pipeline, after it is durable, on the writer's thread (so
 * it must be quick and must not throw): e.g. the Prometheus counters.
 */
@FunctionalInterface
public interface IngestListener {

  IngestListener NONE = commit -> {};

  void committed(EventCommit commit);
}
