package dev.vigil.stats.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A little-endian reader over encoded bytes that turns every short read into an
 * IllegalArgumentException naming the field being read.
 */
final class ByteReader {

  private final ByteBuffer buffer;

  ByteReader(byte[] bytes) {
    this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private ByteBuffer need(long bytes, String field) {
    if (bytes < 0 || buffer.remaining() < bytes) {
      throw new IllegalArgumentException(
          "truncated input: "
              + field
              + " needs "
              + bytes
              + " bytes at offset "
              + buffer.position()
              + ", "
              + buffer.remaining()
              + " left");
    }
    return buffer;
  }

  int readByte(String field) {
    return need(1, field).get() & 0xFF;
  }

  int readInt(String field) {
    return need(4, field).getInt();
  }

  long readLong(String field) {
    return need(8, field).getLong();
  }

  double readDouble(String field) {
    return need(8, field).getDouble();
  }

  double[] readDoubles(int n, String field) {
    need(8L * n, field);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = buffer.getDouble();
    }
    return values;
  }

  long[] readLongs(int n, String field) {
    need(8L * n, field);
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = buffer.getLong();
    }
    return values;
  }

  byte[] readBytes(int n, String field) {
    need(n, field);
    byte[] bytes = new byte[n];
    buffer.get(bytes);
    return bytes;
  }

  /** An int length, then that many bytes. */
  byte[] readSizedBytes(String field) {
    return readBytes(readInt(field + " length"), field);
  }

  String readString(String field) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(readSizedBytes(field)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(field + ": not valid UTF-8", e);
    }
  }

  /** A count field that must be in [0, max]. */
  int readCount(String field, int max) {
    int n = readInt(field);
    if (n < 0 || n > max) {
      throw new IllegalArgumentException(field + " must be in [0, " + max + "]: " + n);
    }
    return n;
  }

  void requireEnd(String what) {
    if (buffer.hasRemaining()) {
      throw new IllegalArgumentException(
          what + ": " + buffer.remaining() + " unexpected trailing bytes at " + buffer.position());
    }
  }
}
