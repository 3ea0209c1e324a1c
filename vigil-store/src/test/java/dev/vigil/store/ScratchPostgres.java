package dev.vigil.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for one test class (from {@link TestPostgres}), created before its
 * tests and dropped after them: {@code @RegisterExtension static final ScratchPostgres DATABASE =
 * new ScratchPostgres();}.
 */
final class ScratchPostgres implements BeforeAllCallback, AfterAllCallback {

  private TestPostgres.Scratch scratch;

  @Override
  public void beforeAll(ExtensionContext context) {
    scratch = TestPostgres.freshDatabase();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (scratch != null) {
      scratch.close();
    }
  }

  String url() {
    return scratch.url();
  }
}
