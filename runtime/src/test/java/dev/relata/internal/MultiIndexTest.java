package dev.relata.internal;

import static dev.relata.internal.HashKeys.keyWithHome;
import static dev.relata.internal.HashKeys.keysPresent;
import static dev.relata.internal.HashKeys.positionOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.HashKeys.Key;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultiIndexTest {
  private static final int INITIAL_CAPACITY = 16;

  /** The slots of a bucket, without its count and unused tail. */
  private static int[] slots(int[] bucket) {
    return Arrays.copyOfRange(bucket, 1, bucket[0] + 1);
  }

  @Test
  void getOfAbsentKeyIsEmptyBucket() {
    MultiIndex index = new MultiIndex();

    assertSame(MultiIndex.EMPTY, index.get("nothing"));
    assertEquals(0, MultiIndex.EMPTY[0]);
  }

  @Test
  void addAppendsSlotsInAscendingOrder() {
    MultiIndex index = new MultiIndex();
    for (int slot = 0; slot < 50; slot += 5) {
      index.add(7L, slot);
    }

    assertArrayEquals(new int[] {0, 5, 10, 15, 20, 25, 30, 35, 40, 45}, slots(index.get(7L)));
    assertEquals(1, index.size);
  }

  @Test
  void addOfOutOfOrderSlotKeepsBucketSorted() {
    MultiIndex index = new MultiIndex();
    index.add("k", 2);
    index.add("k", 9);
    index.add("k", 4);
    index.add("k", 0);
    index.add("k", 12);
    index.add("k", 7);

    assertArrayEquals(new int[] {0, 2, 4, 7, 9, 12}, slots(index.get("k")));
  }

  @Test
  void addOfOutOfOrderSlotIntoFullBucketGrowsItAndKeepsItSorted() {
    MultiIndex index = new MultiIndex();
    for (int slot = 10; slot <= 100; slot += 10) {
      index.add("k", slot);
    }
    for (int slot = 95; slot > 0; slot -= 10) {
      index.add("k", slot);
    }

    int[] expected = new int[20];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = 5 + 5 * i;
    }
    assertArrayEquals(expected, slots(index.get("k")));
  }

  @Test
  void addOfSlotAlreadyInBucketChangesNothing() {
    MultiIndex index = new MultiIndex();
    index.add("k", 1);
    index.add("k", 3);
    index.add("k", 3);
    index.add("k", 1);

    assertArrayEquals(new int[] {1, 3}, slots(index.get("k")));
  }

  @Test
  void keysKeepSeparateBuckets() {
    MultiIndex index = new MultiIndex();
    index.add(1L, 0);
    index.add(2L, 1);
    index.add(1L, 2);

    assertArrayEquals(new int[] {0, 2}, slots(index.get(1L)));
    assertArrayEquals(new int[] {1}, slots(index.get(2L)));
    assertEquals(2, index.size);
  }

  @Test
  void removeTakesSlotOutAndKeepsOrder() {
    MultiIndex index = new MultiIndex();
    for (int slot = 0; slot < 6; slot++) {
      index.add("k", slot);
    }

    index.remove("k", 0);
    index.remove("k", 3);
    index.remove("k", 5);

    assertArrayEquals(new int[] {1, 2, 4}, slots(index.get("k")));
  }

  @Test
  void removeOfLastSlotRemovesKey() {
    MultiIndex index = new MultiIndex();
    index.add("k", 4);
    index.add("other", 5);

    index.remove("k", 4);

    assertSame(MultiIndex.EMPTY, index.get("k"));
    assertEquals(1, index.size);
    assertEquals(-1, positionOf(index, "k"));
    assertEquals(1, keysPresent(index));
  }

  @Test
  void removeOfEverySlotOneByOneRemovesKey() {
    MultiIndex index = new MultiIndex();
    for (int slot = 0; slot < 20; slot++) {
      index.add(3L, slot);
    }
    for (int slot = 19; slot >= 0; slot--) {
      index.remove(3L, slot);
    }

    assertSame(MultiIndex.EMPTY, index.get(3L));
    assertEquals(0, index.size);
  }

  @Test
  void removeOfSlotNotInBucketChangesNothing() {
    MultiIndex index = new MultiIndex();
    index.add("k", 1);
    index.add("k", 3);

    index.remove("k", 2);
    index.remove("absent", 1);

    assertArrayEquals(new int[] {1, 3}, slots(index.get("k")));
    assertEquals(1, index.size);
  }

  @Test
  void emptiedBucketShiftsProbeRunAcrossEndOfArray() {
    MultiIndex index = new MultiIndex();
    int last = INITIAL_CAPACITY - 1;
    Key a = keyWithHome(last, INITIAL_CAPACITY, 1);
    Key b = keyWithHome(last, INITIAL_CAPACITY, 2);
    Key c = keyWithHome(0, INITIAL_CAPACITY, 3);
    index.add(a, 10);
    index.add(b, 20);
    index.add(b, 21);
    index.add(c, 30);
    assertEquals(0, positionOf(index, b));
    assertEquals(1, positionOf(index, c));

    index.remove(a, 10);

    assertEquals(last, positionOf(index, b));
    assertEquals(0, positionOf(index, c));
    assertNull(index.keys[1]);
    assertSame(MultiIndex.EMPTY, index.get(a));
    assertArrayEquals(new int[] {20, 21}, slots(index.get(b)));
    assertArrayEquals(new int[] {30}, slots(index.get(c)));
  }

  @Test
  void keysWithOneHashCodeKeepTheirOwnBuckets() {
    MultiIndex index = new MultiIndex();
    for (int id = 0; id < 300; id++) {
      index.add(new Key(-7, id), id);
      index.add(new Key(-7, id), id + 1000);
    }
    for (int id = 0; id < 300; id += 2) {
      index.remove(new Key(-7, id), id);
      index.remove(new Key(-7, id), id + 1000);
    }

    for (int id = 0; id < 300; id++) {
      int[] expected = id % 2 == 0 ? new int[0] : new int[] {id, id + 1000};
      assertArrayEquals(expected, slots(index.get(new Key(-7, id))), "id " + id);
    }
    assertEquals(150, index.size);
  }

  @Test
  void growsPastManyResizesAndKeepsEveryBucket() {
    MultiIndex index = new MultiIndex();
    int keys = 20_000;
    for (int slot = 0; slot < 3 * keys; slot++) {
      index.add((long) (slot % keys), slot);
    }

    assertEquals(keys, index.size);
    for (int k = 0; k < keys; k++) {
      assertArrayEquals(new int[] {k, k + keys, k + 2 * keys}, slots(index.get((long) k)));
    }
  }

  @Test
  void clearRemovesEveryBucket() {
    MultiIndex index = new MultiIndex();
    for (int i = 0; i < 100; i++) {
      index.add(i % 7, i);
    }

    index.clear();

    assertEquals(0, index.size);
    assertSame(MultiIndex.EMPTY, index.get(3));
    index.add(3, 1);
    assertArrayEquals(new int[] {1}, slots(index.get(3)));
  }

  @Test
  void remapRenumbersSlotsKeepingOrder() {
    MultiIndex index = new MultiIndex();
    index.add("a", 1);
    index.add("a", 4);
    index.add("a", 9);
    index.add("b", 6);
    int[] newSlotOf = new int[10];
    newSlotOf[1] = 0;
    newSlotOf[4] = 1;
    newSlotOf[6] = 2;
    newSlotOf[9] = 3;

    index.remap(newSlotOf);

    assertArrayEquals(new int[] {0, 1, 3}, slots(index.get("a")));
    assertArrayEquals(new int[] {2}, slots(index.get("b")));
  }

  @Test
  void addAfterRemapAppendsAfterRenumberedSlots() {
    MultiIndex index = new MultiIndex();
    index.add("a", 10);
    index.add("a", 20);
    int[] newSlotOf = new int[21];
    newSlotOf[10] = 0;
    newSlotOf[20] = 1;
    index.remap(newSlotOf);

    index.add("a", 2);
    index.remove("a", 0);

    assertArrayEquals(new int[] {1, 2}, slots(index.get("a")));
  }

  @Test
  void emptyingBucketsOfSequentialKeysOldestFirstVisitsAFewPositionsEach() {
    MultiIndex index = new MultiIndex();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      index.add((long) i, i);
    }

    long before = index.probes;
    for (int i = 0; i < 1_000; i++) {
      index.remove((long) i, i);
    }
    long perRemove = (index.probes - before) / 1_000;

    assertTrue(perRemove <= 4, perRemove + " positions visited per remove");
    assertEquals(n - 1_000, index.size);
    assertArrayEquals(new int[] {1_000}, slots(index.get(1_000L)));
  }

  @Test
  void uniqueKeysHoldTheirSlotInlineWithoutBuckets() {
    MultiIndex index = new MultiIndex();
    for (int slot = 0; slot < 1_000; slot++) {
      assertEquals(false, index.add("post-" + slot, slot), "no other row held post-" + slot);
    }

    for (int slot = 0; slot < 1_000; slot++) {
      assertEquals(slot, index.first("post-" + slot));
      assertEquals(1, index.count("post-" + slot));
      assertArrayEquals(new int[] {slot}, slots(index.get("post-" + slot)));
    }
    assertNull(index.buckets, "a unique index allocates no bucket array");
    assertEquals(-1, index.first("post-1000"));
    assertEquals(0, index.count("post-1000"));
  }

  @Test
  void secondRowMovesSlotIntoBucketAndRemovingItMovesItBackInline() {
    MultiIndex index = new MultiIndex();
    index.add("k", 9);

    assertEquals(true, index.add("k", 4));
    assertArrayEquals(new int[] {4, 9}, slots(index.get("k")));
    assertEquals(4, index.first("k"));
    assertEquals(2, index.count("k"));
    assertEquals(true, index.add("k", 9), "a slot already there: another row holds the value");

    index.remove("k", 4);

    assertArrayEquals(new int[] {9}, slots(index.get("k")));
    assertEquals(1, index.count("k"));
    assertNull(index.buckets[positionOf(index, "k")], "one slot left: back inline");
    assertEquals(false, index.add("k", 9), "its one row");
    index.remove("k", 9);
    assertEquals(-1, index.first("k"));
    assertEquals(0, index.size);
  }

  @Test
  void probeComparesStoredHashCodesBeforeCallingEquals() {
    int[] equalsCalls = {0};
    class Counted {
      final int hash;

      Counted(int hash) {
        this.hash = hash;
      }

      @Override
      public boolean equals(Object other) {
        equalsCalls[0]++;
        return other == this;
      }

      @Override
      public int hashCode() {
        return hash;
      }
    }
    // Six distinct hash codes with one home position (they differ above the low four bits and
    // below bit 16): a probe run of six that a lookup of the last one walks.
    int home = HashKeys.hashWithHome(3, INITIAL_CAPACITY);
    MultiIndex index = new MultiIndex();
    Counted[] run = new Counted[6];
    for (int i = 0; i < run.length; i++) {
      run[i] = new Counted(home + i * INITIAL_CAPACITY);
      index.add(run[i], i);
    }
    equalsCalls[0] = 0;

    assertEquals(5, index.first(run[5]));
    assertEquals(0, equalsCalls[0], "the same instance, found by its hash code and identity");
    assertEquals(-1, index.first(new Counted(run[5].hash)));
    assertEquals(1, equalsCalls[0], "only the key of an equal hash code is compared");
  }

}
