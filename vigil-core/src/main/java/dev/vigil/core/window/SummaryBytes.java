package dev.vigil.core.window;

import dev.vigil.stats.codec.SummaryCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The framing shared by the window and reference codecs: a two-byte magic, a version byte, then
 * length-prefixed parts (each part a {@link dev.vigil.stats.codec.SummaryCodec} encoding) and
 * feature maps written as a count and (name, kind, type errors, part) entries. In-memory only.
 */
final class SummaryBytes {

  static final byte NUMERIC = 1;
  static final byte CATEGORICAL = 2;

  private SummaryBytes() {}

  static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    Writer(short magic, byte version) {
      run(
          () -> {
            out.writeShort(magic);
            out.writeByte(version);
          });
    }

    Writer part(byte[] part) {
      run(
          () -> {
            out.writeInt(part.length);
            out.write(part);
          });
      return this;
    }

    Writer number(long value) {
      run(() -> out.writeLong(value));
      return this;
    }

    Writer features(Map<String, FeatureSummary> features) {
      number(features.size());
      for (Map.Entry<String, FeatureSummary> e : features.entrySet()) {
        run(() -> out.writeUTF(e.getKey()));
        if (e.getValue() instanceof FeatureSummary.Numeric n) {
          run(() -> out.writeByte(NUMERIC));
          number(n.typeErrors()).part(SummaryCodec.encode(n.values()));
        } else if (e.getValue() instanceof FeatureSummary.Categorical c) {
          run(() -> out.writeByte(CATEGORICAL));
          number(c.typeErrors()).part(SummaryCodec.encode(c.values()));
        }
      }
      return this;
    }

    byte[] toBytes() {
      return bytes.toByteArray();
    }

    private void run(IoAction action) {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static final class Reader {
    private final DataInputStream in;
    private final String what;
    private final byte version;

    Reader(byte[] bytes, short magic, byte version, String what) {
      this(bytes, magic, version, version, what);
    }

    /**
     * A reader of any version from {@code oldest} to {@code newest}; {@link #version()} says which.
     */
    Reader(byte[] bytes, short magic, byte oldest, byte newest, String what) {
      this.in = new DataInputStream(new ByteArrayInputStream(bytes));
      this.what = what;
      short foundMagic = read(in::readShort);
      if (foundMagic != magic) {
        throw new IllegalArgumentException(what + ": not a " + what + " encoding (bad magic)");
      }
      byte foundVersion = read(in::readByte);
      if (foundVersion < oldest || foundVersion > newest) {
        throw new IllegalArgumentException(
            what
                + ": version "
                + foundVersion
                + " is not supported (this build reads "
                + (oldest == newest ? Byte.toString(newest) : oldest + " to " + newest)
                + ")");
      }
      this.version = foundVersion;
    }

    byte version() {
      return version;
    }

    byte[] part() {
      int length = read(in::readInt);
      if (length < 0 || length > read(in::available)) {
        throw new IllegalArgumentException(what + ": truncated part");
      }
      return read(() -> in.readNBytes(length));
    }

    long number() {
      return read(in::readLong);
    }

    Map<String, FeatureSummary> features() {
      long count = number();
      if (count < 0 || count > read(in::available)) {
        throw new IllegalArgumentException(what + ": bad feature count " + count);
      }
      Map<String, FeatureSummary> features = new TreeMap<>();
      for (long i = 0; i < count; i++) {
        String name = read(in::readUTF);
        byte kind = read(in::readByte);
        long typeErrors = number();
        byte[] part = part();
        features.put(name, feature(name, kind, typeErrors, part));
      }
      return features;
    }

    void end() {
      if (read(in::available) != 0) {
        throw new IllegalArgumentException(what + ": trailing bytes");
      }
    }

    private FeatureSummary feature(String name, byte kind, long typeErrors, byte[] part) {
      return switch (kind) {
        case NUMERIC -> new FeatureSummary.Numeric(SummaryCodec.decodeNumeric(part), typeErrors);
        case CATEGORICAL ->
            new FeatureSummary.Categorical(SummaryCodec.decodeCategorical(part), typeErrors);
        default ->
            throw new IllegalArgumentException(
                what + ": feature '" + name + "' has unknown kind " + kind);
      };
    }

    private <T> T read(IoRead<T> read) {
      try {
        return read.get();
      } catch (java.io.EOFException e) {
        throw new IllegalArgumentException(what + ": truncated", e);
      } catch (java.io.UTFDataFormatException e) {
        throw new IllegalArgumentException(
            what + ": a feature name is not valid modified UTF-8", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  @FunctionalInterface
  private interface IoRead<T> {
    T get() throws IOException;
  }
}
