package dev.vigil.stats.detect;

import java.util.Arrays;

/**
 * CPython's {@code random.Random}, restricted to what KSWIN uses: seeding with a non-negative
 * integer and {@code sample(range(n), k)}. The generator is MT19937 seeded by {@code init_by_array}
 * over the seed's 32-bit words, so a KSWIN seeded here draws the same windows as River's KSWIN
 * under CPython 3.11 with the same seed.
 *
 * <p>Invariant: {@code state} holds 624 words and {@code 0 <= index <= 624}.
 */
final class PythonRandom {

  static final int N = 624;
  private static final int M = 397;

  private final int[] state;
  private int index;

  private PythonRandom(int[] state, int index) {
    this.state = state;
    this.index = index;
  }

  /** {@code random.Random(seed)} for {@code seed >= 0}. */
  static PythonRandom seeded(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed: must be >= 0, got " + seed);
    }
    int[] key =
        seed >>> 32 == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
    PythonRandom r = new PythonRandom(new int[N], N);
    r.initByArray(key);
    return r;
  }

  /** A generator in a saved state (see {@link #state()} and {@link #index()}). */
  static PythonRandom restored(int[] state, int index) {
    if (state.length != N || index < 0 || index > N) {
      throw new IllegalArgumentException("python random state: 624 words and index in [0, 624]");
    }
    return new PythonRandom(state.clone(), index);
  }

  int[] state() {
    return state.clone();
  }

  int index() {
    return index;
  }

  /** {@code sample(range(n), k)}: k distinct values of [0, n) in CPython's draw order. */
  int[] sample(int n, int k) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("sample larger than population or negative: " + k);
    }
    int[] result = new int[k];
    int setSize = 21;
    if (k > 5) {
      setSize += (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
    }
    if (n <= setSize) {
      int[] pool = new int[n];
      Arrays.setAll(pool, i -> i);
      for (int i = 0; i < k; i++) {
        int j = below(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      java.util.Set<Integer> selected = new java.util.HashSet<>();
      for (int i = 0; i < k; i++) {
        int j = below(n);
        while (selected.contains(j)) {
          j = below(n);
        }
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** {@code _randbelow_with_getrandbits(n)} for {@code 1 <= n < 2^31}. */
  int below(int n) {
    int bits = 32 - Integer.numberOfLeadingZeros(n);
    int r = bits(bits);
    while (r >= n) {
      r = bits(bits);
    }
    return r;
  }

  private int bits(int k) {
    return k == 0 ? 0 : (int) (nextWord() >>> (32 - k));
  }

  private long nextWord() {
    if (index >= N) {
      twist();
    }
    int y = state[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y & 0xffffffffL;
  }

  private void twist() {
    for (int kk = 0; kk < N; kk++) {
      int y = (state[kk] & 0x80000000) | (state[(kk + 1) % N] & 0x7fffffff);
      state[kk] = state[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
    }
    index = 0;
  }

  private void initByArray(int[] key) {
    state[0] = 19650218;
    for (int i = 1; i < N; i++) {
      state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
    }
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
    }
    state[0] = 0x80000000;
  }
}
