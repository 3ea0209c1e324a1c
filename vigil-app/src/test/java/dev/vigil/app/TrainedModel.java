package dev.vigil.app;

import java.nio.file.Path;

/** {@code vigil train --promote} on the shared churn data, for tests outside this package. */
public final class TrainedModel {

  private TrainedModel() {}

  /**
   * Trains, registers and promotes a model of that name into the data directory (which also
   * registers it for monitoring with the training data as reference).
   *
   * @throws IllegalStateException with the command's output when it fails
   */
  public static void trainAndPromote(Path dataDir, String name) {
    CommandRun train =
        CommandRun.inDataDir(
            dataDir,
            "train",
            "--data",
            SharedData.path("Churn_Modelling.csv").toString(),
            "--target",
            "Exited",
            "--model-name",
            name,
            "--promote");
    if (train.exitCode() != 0) {
      throw new IllegalStateException("vigil train failed: " + train.err() + train.out());
    }
  }
}
