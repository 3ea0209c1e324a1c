package dev.vigil.core.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the registry's audit trail: an {@link AuditEvent} at its place in the chain. Its
 * hash is the SHA-256 of a canonical encoding of every other field, the previous hash included, so
 * changing, removing or reordering any entry breaks the chain from there on.
 *
 * <p>Invariants: the sequence is positive; both hashes are 64 hex digits. The hash is not checked
 * here: a stored entry may have been tampered with, which {@link AuditChain#verify} reports.
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {

  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive, was " + sequence);
    }
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** The entry that appends this event after the head. */
  public static AuditEntry append(AuditHead head, AuditEvent event) {
    long sequence = head.count() + 1;
    return new AuditEntry(
        sequence, event, head.lastHash(), hashOf(sequence, event, head.lastHash()));
  }

  /** The hash this entry's content should have. */
  public String expectedHash() {
    return hashOf(sequence, event, previousHash);
  }

  /**
   * SHA-256 over the fields, each written as its length in UTF-8 bytes, ':', the bytes and ';', in
   * a fixed order. Length prefixes make the encoding unambiguous whatever the texts contain.
   */
  static String hashOf(long sequence, AuditEvent e, String previousHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(sequence),
          Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.time())),
          e.actor(),
          e.model(),
          e.version().map(String::valueOf).orElse(""),
          e.action().id(),
          e.from(),
          e.to(),
          e.reason(),
          e.evidence(),
          previousHash
        }) {
      canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':');
      canonical.append(field).append(';');
    }
    return HexFormat.of().formatHex(sha256(canonical.toString()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
