package dev.relata.internal;

import static dev.relata.internal.HashKeys.keyWithHome;
import static dev.relata.internal.HashKeys.keysPresent;
import static dev.relata.internal.HashKeys.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.internal.HashKeys.Key;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotMapTest {
  private static final int INITIAL_CAPACITY = 16;

  @Test
  void getReturnsMinusOneForAbsentKey() {
    SlotMap map = new SlotMap();

    assertEquals(-1, map.get(42L));
    assertEquals(0, map.size);
  }

  @Test
  void getReturnsSlotPut() {
    SlotMap map = new SlotMap();
    map.put(1L, 10);
    map.put("one", 11);
    map.put(UUID.fromString("00000000-0000-0000-0000-000000000001"), 12);

    assertEquals(10, map.get(1L));
    assertEquals(11, map.get("one"));
    assertEquals(12, map.get(UUID.fromString("00000000-0000-0000-0000-000000000001")));
    assertEquals(3, map.size);
  }

  @Test
  void keysMatchByEqualsNotIdentity() {
    SlotMap map = new SlotMap();
    map.put(new String("key"), 5);

    assertEquals(5, map.get(new String("key")));
  }

  @Test
  void putOfPresentKeyOverwritesSlotWithoutGrowing() {
    SlotMap map = new SlotMap();
    map.put(7L, 1);
    map.put(7L, 2);

    assertEquals(2, map.get(7L));
    assertEquals(1, map.size);
    assertEquals(1, keysPresent(map));
  }

  @Test
  void removeMakesKeyAbsentAndKeepsOthers() {
    SlotMap map = new SlotMap();
    for (long k = 0; k < 10; k++) {
      map.put(k, (int) k * 3);
    }

    map.remove(4L);

    assertEquals(-1, map.get(4L));
    assertEquals(9, map.size);
    for (long k = 0; k < 10; k++) {
      if (k != 4) {
        assertEquals((int) k * 3, map.get(k), "key " + k);
      }
    }
  }

  @Test
  void removeOfAbsentKeyChangesNothing() {
    SlotMap map = new SlotMap();
    map.put(1L, 1);

    map.remove(2L);

    assertEquals(1, map.size);
    assertEquals(1, map.get(1L));
  }

  @Test
  void growsPastManyResizesAndFindsEveryKey() {
    SlotMap map = new SlotMap();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      map.put((long) i, i);
    }

    assertEquals(n, map.size);
    assertEquals(n, keysPresent(map));
    for (int i = 0; i < n; i++) {
      assertEquals(i, map.get((long) i));
    }
    assertEquals(-1, map.get((long) n));
  }

  @Test
  void removingEveryKeyAfterGrowthLeavesEmptyMap() {
    SlotMap map = new SlotMap();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      map.put("k" + i, i);
    }
    for (int i = 0; i < n; i += 2) {
      map.remove("k" + i);
    }
    for (int i = 0; i < n; i++) {
      assertEquals(i % 2 == 0 ? -1 : i, map.get("k" + i), "k" + i);
    }
    for (int i = 1; i < n; i += 2) {
      map.remove("k" + i);
    }

    assertEquals(0, map.size);
    assertEquals(0, keysPresent(map));
  }

  @Test
  void tableNeverFillsUp() {
    SlotMap map = new SlotMap();
    for (int i = 0; i < 5_000; i++) {
      map.put(i, i);
      assertTrue(map.size * 100 < map.keys.length * 70, "size " + map.size);
    }
  }

  @Test
  void keysWithOneHashCodeAreAllFound() {
    SlotMap map = new SlotMap();
    for (int id = 0; id < 500; id++) {
      map.put(new Key(42, id), id);
    }
    for (int id = 0; id < 500; id += 3) {
      map.remove(new Key(42, id));
    }

    for (int id = 0; id < 500; id++) {
      assertEquals(id % 3 == 0 ? -1 : id, map.get(new Key(42, id)), "id " + id);
    }
    assertEquals(500 - 167, map.size);
  }

  @Test
  void removeShiftsLaterMembersOfProbeRunBack() {
    SlotMap map = new SlotMap();
    Key a = keyWithHome(3, INITIAL_CAPACITY, 1);
    Key b = keyWithHome(3, INITIAL_CAPACITY, 2);
    Key c = keyWithHome(3, INITIAL_CAPACITY, 3);
    map.put(a, 1);
    map.put(b, 2);
    map.put(c, 3);
    assertEquals(5, positionOf(map, c));

    map.remove(a);

    assertEquals(3, positionOf(map, b));
    assertEquals(4, positionOf(map, c));
    assertNull(map.keys[5]);
    assertEquals(2, map.get(b));
    assertEquals(3, map.get(c));
  }

  @Test
  void removeLeavesKeyAtItsHomeInPlace() {
    SlotMap map = new SlotMap();
    Key a = keyWithHome(3, INITIAL_CAPACITY, 1);
    Key b = keyWithHome(3, INITIAL_CAPACITY, 2);
    Key d = keyWithHome(5, INITIAL_CAPACITY, 4);
    map.put(a, 1);
    map.put(b, 2);
    map.put(d, 4);
    assertEquals(5, positionOf(map, d));

    map.remove(a);

    assertEquals(3, positionOf(map, b));
    assertEquals(5, positionOf(map, d));
    assertNull(map.keys[4]);
    assertEquals(2, map.get(b));
    assertEquals(4, map.get(d));
  }

  @Test
  void removeAtLastPositionShiftsRunThatWrappedToTheStart() {
    SlotMap map = new SlotMap();
    int last = INITIAL_CAPACITY - 1;
    Key a = keyWithHome(last, INITIAL_CAPACITY, 1);
    Key b = keyWithHome(last, INITIAL_CAPACITY, 2);
    Key d = keyWithHome(0, INITIAL_CAPACITY, 3);
    Key c = keyWithHome(last, INITIAL_CAPACITY, 4);
    map.put(a, 1);
    map.put(b, 2);
    map.put(d, 3);
    map.put(c, 4);
    assertEquals(last, positionOf(map, a));
    assertEquals(0, positionOf(map, b));
    assertEquals(1, positionOf(map, d));
    assertEquals(2, positionOf(map, c));

    map.remove(a);

    assertEquals(last, positionOf(map, b));
    assertEquals(0, positionOf(map, d));
    assertEquals(1, positionOf(map, c));
    assertNull(map.keys[2]);
    assertEquals(2, map.get(b));
    assertEquals(3, map.get(d));
    assertEquals(4, map.get(c));
    assertEquals(3, map.size);
  }

  @Test
  void removeAfterWrapAroundKeepsKeysBeforeTheirHome() {
    SlotMap map = new SlotMap();
    int last = INITIAL_CAPACITY - 1;
    Key a = keyWithHome(last, INITIAL_CAPACITY, 1);
    Key b = keyWithHome(last, INITIAL_CAPACITY, 2);
    Key e = keyWithHome(1, INITIAL_CAPACITY, 3);
    map.put(a, 1);
    map.put(b, 2);
    map.put(e, 3);
    assertEquals(0, positionOf(map, b));
    assertEquals(1, positionOf(map, e));

    map.remove(b);

    assertEquals(last, positionOf(map, a));
    assertEquals(1, positionOf(map, e));
    assertNull(map.keys[0]);
    assertEquals(1, map.get(a));
    assertEquals(3, map.get(e));
  }

  @Test
  void clearEmptiesMapAndShrinksIt() {
    SlotMap map = new SlotMap();
    for (int i = 0; i < 1000; i++) {
      map.put(i, i);
    }

    map.clear();

    assertEquals(0, map.size);
    assertEquals(INITIAL_CAPACITY, map.keys.length);
    assertEquals(-1, map.get(5));
    map.put(5, 50);
    assertEquals(50, map.get(5));
  }

  @Test
  void remapRenumbersEverySlot() {
    SlotMap map = new SlotMap();
    map.put("a", 0);
    map.put("c", 2);
    map.put("f", 5);
    int[] newSlotOf = {0, -1, 1, -1, -1, 2};

    map.remap(newSlotOf);

    assertEquals(0, map.get("a"));
    assertEquals(1, map.get("c"));
    assertEquals(2, map.get("f"));
    assertEquals(3, map.size);
  }

  @Test
  void remapAfterGrowthRenumbersEverySlot() {
    SlotMap map = new SlotMap();
    int n = 1_000;
    int[] newSlotOf = new int[2 * n];
    for (int i = 0; i < n; i++) {
      map.put((long) i, 2 * i);
      newSlotOf[2 * i] = i;
    }

    map.remap(newSlotOf);

    for (int i = 0; i < n; i++) {
      assertEquals(i, map.get((long) i));
    }
  }

  @Test
  void removingSequentialKeysOldestFirstVisitsAFewPositionsEach() {
    SlotMap map = new SlotMap();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      map.put((long) i, i);
    }

    long before = map.probes;
    for (int i = 0; i < 1_000; i++) {
      map.remove((long) i);
    }
    long perRemove = (map.probes - before) / 1_000;

    // The run of sequential keys is 100,000 long; closing a gap must not walk it.
    assertTrue(perRemove <= 4, perRemove + " positions visited per remove");
    assertEquals(n - 1_000, map.size);
    assertEquals(-1, map.get(0L));
    assertEquals(1_000, map.get(1_000L));
  }

  @Test
  void aCapacityBeyondTheLargestIsRefusedBeforeAnythingChanges() {
    var map = new SlotMap();
    map.put(7L, 0);
    RelataException refused =
        assertThrows(RelataException.class, () -> map.ensureCapacity(Integer.MAX_VALUE / 2));
    assertTrue(refused.getMessage().startsWith("a table or index holds at most 751619276 keys"));
    assertEquals(0, map.get(7L));
  }
}
