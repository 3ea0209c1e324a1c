package dev.vigil.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.models.onnx.OnnxModel;
import dev.vigil.models.xgboost.XgboostModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a model trained elsewhere as a bundle: an XGBoost model file ({@code .json} or {@code
 * .ubj}, as Python's {@code save_model} writes) or an ONNX file ({@code .onnx}), with a schema file
 * {@code {"inputs": [...], "threshold": 0.5, "positive_label": "1"}} whose inputs give the feature
 * layout the model file takes (docs/MODELS.md, "Importing"). The model is loaded and run on one row
 * of zeros before the bundle is written, so a file that cannot serve is refused at import.
 */
public final class ModelImport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelImport() {}

  /**
   * Checks the files and writes the bundle into {@code bundleDir}.
   *
   * @throws IllegalArgumentException naming the field ({@code modelFile}, {@code inputs[1].kind},
   *     {@code threshold}, ...) when a file is unusable or the model's feature count differs from
   *     the schema's encoded width
   */
  public static SavedBundle importFiles(Path modelFile, Path schemaFile, Path bundleDir) {
    BundleManifest manifest = manifest(modelFile, readSchema(schemaFile));
    byte[] modelBytes = readBytes(modelFile, "model_file");
    try (NumericModel model = open(manifest, modelFile, modelBytes)) {
      int columns = manifest.encoding().columns();
      if (model.columns() != columns) {
        throw new IllegalArgumentException(
            "inputs: the model takes "
                + model.columns()
                + " features but the schema's inputs encode to "
                + columns
                + " columns (one per numeric or boolean input, one per category)");
      }
      smokeTest(model, columns);
    }
    return ModelBundle.write(bundleDir, manifest, modelBytes);
  }

  private static BundleManifest manifest(Path modelFile, JsonNode schema) {
    String name = modelFile.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    ModelKind kind =
        switch (extension) {
          case "json", "ubj" -> ModelKind.XGBOOST;
          case "onnx" -> ModelKind.ONNX;
          default ->
              throw new IllegalArgumentException(
                  "model_file: " + modelFile + " must end in .json or .ubj (XGBoost) or .onnx");
        };
    double threshold = 0.5;
    if (schema.has("threshold")) {
      threshold = JsonReading.number(schema, "threshold", "");
    }
    String positiveLabel = "1";
    if (schema.has("positive_label")) {
      positiveLabel = JsonReading.text(schema, "positive_label", "");
    }
    return BundleManifest.of(
        kind,
        "model." + extension,
        BundleManifest.IMPORTED,
        FeatureEncoding.readJson(schema),
        threshold,
        positiveLabel);
  }

  private static JsonNode readSchema(Path schemaFile) {
    JsonNode node;
    try {
      node = MAPPER.readTree(readBytes(schemaFile, "schemaFile"));
    } catch (IOException e) {
      throw new IllegalArgumentException("schemaFile: " + schemaFile + " is not JSON", e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "schemaFile: " + schemaFile + " must be a JSON object {\"inputs\": [...]}");
    }
    if (node.has("encoding")) {
      throw new IllegalArgumentException(
          "encoding: an imported model takes raw numbers; scaling belongs in the model file");
    }
    return node;
  }

  private static NumericModel open(BundleManifest manifest, Path modelFile, byte[] bytes) {
    return manifest.kind() == ModelKind.XGBOOST
        ? XgboostModel.load(bytes)
        : OnnxModel.load(modelFile, manifest.encoding().columns());
  }

  /**
   * Scores one row of zeros (0, false, the first category... none): a model that cannot run in this
   * layout, or does not give a probability, fails here. Zeros rather than missing values, since an
   * ONNX model without an imputer rightly answers NaN for NaN.
   */
  private static void smokeTest(NumericModel model, int columns) {
    double score;
    try {
      score = model.positiveProbability(new DenseRows(new float[columns], 1, columns))[0];
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "model_file: the model failed to score a row in the schema's layout: " + e.getMessage(),
          e);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "model_file: the model scored a row of zeros "
              + score
              + ", not a probability in [0, 1]; is it a binary classifier (binary:logistic)?");
    }
  }

  private static byte[] readBytes(Path file, String field) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(field + ": " + file + " is not a readable file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
