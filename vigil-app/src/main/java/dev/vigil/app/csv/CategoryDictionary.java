package dev.vigil.app.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns dense integer codes (0, 1, 2, ... in order of first appearance) to category labels read
 * straight from a character buffer, so that a repeated label costs a hash lookup and no String.
 */
final class CategoryDictionary {

  private final List<String> labels = new ArrayList<>();
  private int[] slots = new int[64]; // code + 1; 0 marks an empty slot
  private int[] hashes = new int[64];

  int codeOf(char[] chars, int offset, int length) {
    int hash = hash(chars, offset, length);
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] != 0) {
      int code = slots[slot] - 1;
      if (hashes[slot] == hash && sameText(labels.get(code), chars, offset, length)) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
    int code = labels.size();
    labels.add(new String(chars, offset, length));
    slots[slot] = code + 1;
    hashes[slot] = hash;
    if (labels.size() * 2 > slots.length) {
      grow();
    }
    return code;
  }

  int codeOf(String label) {
    return codeOf(label.toCharArray(), 0, label.length());
  }

  /** The labels, indexed by code. */
  List<String> labels() {
    return List.copyOf(labels);
  }

  int size() {
    return labels.size();
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    return h ^ (h >>> 16); // spread high bits into the low bits the mask keeps
  }

  private static boolean sameText(String label, char[] chars, int offset, int length) {
    if (label.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (label.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
