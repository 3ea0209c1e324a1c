package dev.vigil.core.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A periods query as a client gives it, unparsed: the model's name and the optional {@code from},
 * {@code to}, {@code version}, {@code size} and {@code after} texts. {@link PeriodQueries} parses
 * and checks them, naming the parameter at fault. Blank texts count as absent.
 */
public record PeriodParameters(
    String model,
    Optional<String> from,
    Optional<String> to,
    Optional<String> version,
    Optional<String> size,
    Optional<String> after) {

  public PeriodParameters {
    Objects.requireNonNull(model, "model");
    from = present(from);
    to = present(to);
    version = present(version);
    size = present(size);
    after = present(after);
  }

  private static Optional<String> present(Optional<String> text) {
    return Objects.requireNonNull(text).filter(t -> !t.isBlank());
  }
}
