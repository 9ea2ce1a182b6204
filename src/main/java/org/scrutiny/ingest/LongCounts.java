package org.scrutiny.ingest;

import java.util.Arrays;

/**
 * Counts by a packed {@code long} key, with open addressing and no object per key: a police.uk file's
 * counts while it is read, and the counts of a whole import.
 */
final class LongCounts {
    private long[] keys;
    private long[] values;
    private boolean[] used;
    private int size;

    /** Room for about half of {@code capacity} keys (a power of two) before it grows. */
    LongCounts(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("the capacity must be a power of two: " + capacity);
        }
        keys = new long[capacity];
        values = new long[capacity];
        used = new boolean[capacity];
    }

    void add(long key, long n) {
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] += n;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = n;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    void clear() {
        Arrays.fill(used, false);
        size = 0;
    }

    int size() {
        return size;
    }

    /** The number of slots; {@link #used} tells which hold a key. */
    int capacity() {
        return keys.length;
    }

    boolean used(int slot) {
        return used[slot];
    }

    long key(int slot) {
        return keys[slot];
    }

    long value(int slot) {
        return values[slot];
    }

    private static int slotOf(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[keys.length];
        used = new boolean[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slotOf(oldKeys[i], mask);
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
