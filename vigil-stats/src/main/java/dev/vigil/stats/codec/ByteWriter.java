package dev.vigil.stats.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little-endian byte sink for the summary layouts. */
final class ByteWriter {

  private ByteBuffer buffer = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);

  private ByteWriter ensure(int bytes) {
    if (buffer.remaining() < bytes) {
      int capacity = Math.max(buffer.capacity() * 2, buffer.position() + bytes);
      ByteBuffer grown = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
      buffer.flip();
      grown.put(buffer);
      buffer = grown;
    }
    return this;
  }

  void writeByte(int value) {
    ensure(1).buffer.put((byte) value);
  }

  void writeInt(int value) {
    ensure(4).buffer.putInt(value);
  }

  void writeLong(long value) {
    ensure(8).buffer.putLong(value);
  }

  void writeDouble(double value) {
    ensure(8).buffer.putDouble(value);
  }

  void writeDoubles(double[] values) {
    ensure(8 * values.length);
    for (double v : values) {
      buffer.putDouble(v);
    }
  }

  void writeLongs(long[] values) {
    ensure(8 * values.length);
    for (long v : values) {
      buffer.putLong(v);
    }
  }

  void writeBytes(byte[] bytes) {
    ensure(bytes.length).buffer.put(bytes);
  }

  /** An int length, then the bytes. */
  void writeSizedBytes(byte[] bytes) {
    writeInt(bytes.length);
    writeBytes(bytes);
  }

  /** An int length, then the UTF-8 bytes. */
  void writeString(String value) {
    writeSizedBytes(value.getBytes(StandardCharsets.UTF_8));
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer.array(), buffer.position());
  }
}
