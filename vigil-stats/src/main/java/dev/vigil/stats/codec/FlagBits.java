package dev.vigil.stats.codec;

/**
 * Yes/no fields packed into one byte, bit 0 first; reading rejects bits the layout does not use, so
 * a corrupted flag byte is not silently taken as some combination of flags.
 */
final class FlagBits {

  private FlagBits() {}

  static void write(ByteWriter out, boolean... flags) {
    int bits = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        bits |= 1 << i;
      }
    }
    out.writeByte(bits);
  }

  /** Reads a flag byte with {@code used} low bits; bit i of the result is flag i. */
  static int read(ByteReader in, String field, int used) {
    int bits = in.readByte(field);
    if ((bits >>> used) != 0) {
      throw new IllegalArgumentException(
          field + ": unknown bits set in 0x%02x (%d flags)".formatted(bits, used));
    }
    return bits;
  }

  static boolean isSet(int bits, int index) {
    return (bits & (1 << index)) != 0;
  }
}
