package dev.vigil.core.registry;

/**
 * The end of the audit chain, kept apart from the entries and updated with each append: how many
 * entries there are and the hash of the last. Without it, deleting the last entries would leave a
 * shorter chain that is still intact.
 *
 * <p>Invariants: the count is not negative; the hash is 64 hex digits ({@link #GENESIS_HASH} when
 * the count is 0).
 */
public record AuditHead(long count, String lastHash) {

  /** The previous hash of the first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  public static final AuditHead EMPTY = new AuditHead(0, GENESIS_HASH);

  public AuditHead {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    RegistryNames.requireSha256("lastHash", lastHash);
  }

  /** The head after appending this entry. */
  public AuditHead after(AuditEntry entry) {
    return new AuditHead(entry.sequence(), entry.hash());
  }
}
