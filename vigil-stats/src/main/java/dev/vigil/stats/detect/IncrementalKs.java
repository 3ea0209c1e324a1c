package dev.vigil.stats.detect;

/**
 * The incremental two-sample Kolmogorov-Smirnov statistic of dos Reis, Flach, Matwin and Batista
 * (KDD 2016): a randomized treap over the distinct values of two equal-size samples A and B, where
 * node x holds {@code #A<=x - #B<=x} and lazy propagation adds to every key from x on, so that
 * inserting or removing one value costs O(log N) expected and D is read in O(1) from the root's
 * subtree maximum and minimum.
 *
 * <p>Ties: unlike the reference code (which breaks ties with a random second key), a node holds one
 * distinct value with its multiplicity in each sample, so D is the maximum over distinct values
 * exactly as {@code scipy.stats.ks_2samp} computes it, whatever the ties.
 *
 * <p>Invariant: {@code sizeA} and {@code sizeB} count the values held of each sample; a node's
 * {@code max}/{@code min} cover its subtree once its ancestors' lazy additions are applied.
 */
final class IncrementalKs {

  private static final class Node {
    final double key;
    final long priority;
    int countA;
    int countB;
    int diff;
    int max;
    int min;
    int lazy;
    Node left;
    Node right;

    Node(double key, long priority, int diff) {
      this.key = key;
      this.priority = priority;
      this.diff = diff;
      this.max = diff;
      this.min = diff;
    }
  }

  private final SplitMix64 priorities;
  private Node root;
  private int sizeA;
  private int sizeB;
  private long visits;

  IncrementalKs(long seed) {
    priorities = new SplitMix64(seed);
  }

  /** Adds a value to sample A ({@code inA}) or B. */
  void add(double value, boolean inA) {
    change(value, inA, 1);
  }

  /** Removes one occurrence of a value held in sample A ({@code inA}) or B. */
  void remove(double value, boolean inA) {
    change(value, inA, -1);
  }

  /** The state of the generator of node priorities. */
  long priorityState() {
    return priorities.state();
  }

  int sizeA() {
    return sizeA;
  }

  int sizeB() {
    return sizeB;
  }

  /** {@code max |F_A(x) - F_B(x)|} for equal sample sizes; 0 when empty. */
  double statistic() {
    if (sizeA != sizeB) {
      throw new IllegalStateException("samples differ in size: " + sizeA + ", " + sizeB);
    }
    if (root == null) {
      return 0.0;
    }
    return Math.max(root.max, -root.min) / (double) sizeA;
  }

  /** Height of the treap (0 when empty): O(log N) with high probability. */
  int height() {
    return height(root);
  }

  /** Nodes touched by split and merge so far: O(log N) per operation in expectation. */
  long visits() {
    return visits;
  }

  private void change(double value, boolean inA, int direction) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, got " + value);
    }
    Node[] lowRest = split(root, value, false);
    Node[] midHigh = split(lowRest[1], value, true);
    Node node = midHigh[0];
    if (node == null) {
      if (direction < 0) {
        root = merge(lowRest[0], midHigh[1]);
        throw new IllegalArgumentException("value " + value + " is not held in that sample");
      }
      node = new Node(value, priorities.next(), lastDiff(lowRest[0]));
    }
    if (direction < 0 && (inA ? node.countA : node.countB) == 0) {
      root = merge(merge(lowRest[0], node), midHigh[1]);
      throw new IllegalArgumentException("value " + value + " is not held in that sample");
    }
    if (inA) {
      node.countA += direction;
      sizeA += direction;
    } else {
      node.countB += direction;
      sizeB += direction;
    }
    int shift = inA ? direction : -direction;
    addAll(node, shift);
    addAll(midHigh[1], shift);
    Node kept = node.countA + node.countB == 0 ? null : node;
    root = merge(merge(lowRest[0], kept), midHigh[1]);
  }

  /** The diff of the largest key of a subtree, or 0 for none. */
  private int lastDiff(Node t) {
    if (t == null) {
      return 0;
    }
    while (true) {
      push(t);
      if (t.right == null) {
        return t.diff;
      }
      t = t.right;
    }
  }

  /** Splits into keys {@code < value} (or {@code <= value} when inclusive) and the rest. */
  private Node[] split(Node t, double value, boolean inclusive) {
    if (t == null) {
      return new Node[2];
    }
    visits++;
    push(t);
    boolean goesLeft = inclusive ? t.key <= value : t.key < value;
    if (goesLeft) {
      Node[] parts = split(t.right, value, inclusive);
      t.right = parts[0];
      pull(t);
      parts[0] = t;
      return parts;
    }
    Node[] parts = split(t.left, value, inclusive);
    t.left = parts[1];
    pull(t);
    parts[1] = t;
    return parts;
  }

  /** Joins two treaps where every key of {@code a} is below every key of {@code b}. */
  private Node merge(Node a, Node b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    visits++;
    if (a.priority > b.priority) {
      push(a);
      a.right = merge(a.right, b);
      pull(a);
      return a;
    }
    push(b);
    b.left = merge(a, b.left);
    pull(b);
    return b;
  }

  private static void addAll(Node t, int shift) {
    if (t != null) {
      t.diff += shift;
      t.max += shift;
      t.min += shift;
      t.lazy += shift;
    }
  }

  private static void push(Node t) {
    if (t.lazy != 0) {
      if (t.left != null) {
        addAll(t.left, t.lazy);
      }
      if (t.right != null) {
        addAll(t.right, t.lazy);
      }
      t.lazy = 0;
    }
  }

  private static void pull(Node t) {
    t.max = t.diff;
    t.min = t.diff;
    if (t.left != null) {
      t.max = Math.max(t.max, t.left.max);
      t.min = Math.min(t.min, t.left.min);
    }
    if (t.right != null) {
      t.max = Math.max(t.max, t.right.max);
      t.min = Math.min(t.min, t.right.min);
    }
  }

  private static int height(Node t) {
    return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right));
  }
}
