package dev.vigil.app;

import dev.vigil.app.registry.RegistryOptions;
import dev.vigil.app.train.TrainingRun;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil train}: trains a churn model from a CSV, records the run, registers the version. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a classifier from a CSV file, track the run and register the version.",
      "XGBoost trees or logistic regression, a stratified holdout, the run recorded in tracking,",
      "the model registered as a new version (its bundle under <data-dir>/artifacts), optionally",
      "promoted through the quality gate (docs/TRAINING.md).",
      "Exit codes: 0 trained (and promoted when asked), 1 bad input or failure, 2 usage error,",
      "3 trained and registered but the promotion gate refused it."
    })
public final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RegistryOptions database;

  @Option(names = "--data", required = true, description = "The training CSV file.")
  Path data;

  @Option(names = "--target", required = true, description = "The label column (two values).")
  String target;

  @Option(names = "--id", description = "An identifier column, not learnt from (repeatable).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--exclude", split = ",", description = "Columns not to learn from.")
  List<String> excluded = new ArrayList<>();

  @Option(
      names = "--positive-label",
      description = "The target value of the positive class (default: 1, true, yes, y or churn).")
  String positiveLabel;

  @Option(
      names = "--model-name",
      defaultValue = "churn",
      description = "Registered and monitored under this name (default: ${DEFAULT-VALUE}).")
  String modelName;

  @Option(
      names = "--algorithm",
      defaultValue = "xgboost",
      description = "xgboost or logistic (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(
      names = "--holdout",
      defaultValue = "0.2",
      description = "Share of rows held out, stratified (default: ${DEFAULT-VALUE}).")
  double holdout;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "Decision threshold of the model (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--experiment",
      defaultValue = "vigil-train",
      description = "Tracking experiment of the run (default: ${DEFAULT-VALUE}).")
  String experiment;

  @Option(
      names = "--register",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Register the model as a new version (default: yes; --no-register).")
  boolean register;

  @Option(
      names = "--promote",
      description = "Promote to champion if the promotion policy of --config passes.")
  boolean promote;

  @Option(
      names = "--actor",
      description = "Who trains, for the audit trail (default: the USER environment variable).")
  String actor;

  @Option(names = "--reason", defaultValue = "", description = "Why, for the audit trail.")
  String reason;

  @Option(names = "--pushgateway", description = "Push the run's figures to this Pushgateway.")
  URI pushgateway;

  @Override
  public Integer call() {
    return new TrainingRun(spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(
            database,
            new TrainingRun.Arguments(
                data,
                target,
                ids,
                excluded,
                Optional.ofNullable(positiveLabel),
                modelName,
                algorithm,
                holdout,
                seed,
                threshold,
                experiment,
                register,
                promote,
                Optional.ofNullable(pushgateway),
                Optional.ofNullable(actor),
                reason));
  }
}
