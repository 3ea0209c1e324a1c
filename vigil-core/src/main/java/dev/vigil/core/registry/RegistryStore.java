package dev.vigil.core.registry;

import java.util.List;
import java.util.Optional;

/**
 * Where the registry is kept. Every change runs in {@link #write}: one transaction, serialized with
 * every other write to the registry (so version numbers and the audit chain have one order), in
 * which the change and its audit entries are committed together or not at all.
 */
public interface RegistryStore {

  /** Work on the registry inside a write transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(RegistryWriter writer);
  }

  /** Runs the work in one transaction; anything it throws rolls the whole work back. */
  <T> T write(Work<T> work);

  Optional<RegisteredModel> findModel(String name);

  /** Every model, ordered by name. */
  List<RegisteredModel> listModels();

  Optional<ModelVersion> findVersion(String name, int version);

  /** The model's versions by number; empty for an unknown model. */
  List<ModelVersion> versions(String name);

  /** Every version of every model, by model name and number. */
  List<ModelVersion> allVersions();

  /** The audit trail in sequence order, or only the entries of one model. */
  List<AuditEntry> audit(Optional<String> model);

  /** The end of the audit chain as the store recorded it with the last append. */
  AuditHead auditHead();
}
