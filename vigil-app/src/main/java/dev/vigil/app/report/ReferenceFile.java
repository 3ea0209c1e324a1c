package dev.vigil.app.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Store mode's optional reference CSV file: compared with instead of the model's stored reference,
 * with the columns holding the model's score and the true label when it has them.
 */
public record ReferenceFile(Path path, Optional<String> score, Optional<String> target) {

  public ReferenceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(target, "target");
  }
}
