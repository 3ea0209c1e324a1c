package dev.vigil.core.registry;

import java.util.List;
import java.util.Optional;

/**
 * The registry as seen inside one write transaction of a {@link RegistryStore}: reads see the
 * transaction's own writes, and nothing is kept unless the whole work returns.
 */
public interface RegistryWriter {

  Optional<RegisteredModel> findModel(String name);

  /** The model's versions by number. */
  List<ModelVersion> versions(String name);

  /**
   * Stores a new model.
   *
   * @throws RegistryConflictException when the name is taken
   */
  void insertModel(RegisteredModel model);

  /** Replaces the model's description, tags, aliases and update time. */
  void updateModel(RegisteredModel model);

  /** Deletes the model with its versions and aliases (not its audit entries). */
  void deleteModel(String name);

  /** The next version number of the model: one more than any it ever had, never reused. */
  int allocateVersion(String name);

  void insertVersion(ModelVersion version);

  /** Replaces the version's stage, description, tags and update time. */
  void updateVersion(ModelVersion version);

  void deleteVersion(String name, int version);

  /** Appends the event after the audit head and moves the head, in this transaction. */
  AuditEntry append(AuditEvent event);
}
