package dev.relata.examples.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.core.model.Sheet;
import dev.relata.examples.core.model.SheetRepository;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * README "Saving nested data", copies: the store shares no collection, map or array with the
 * caller at any depth, so changing an inner list or array of the saved object, or of a copy read
 * back, changes nothing stored.
 */
class NoSharedStateTest {
  private final SheetRepository sheets = new SheetRepository(Store.inMemory());

  private static Sheet sheet() {
    Sheet s = new Sheet();
    s.cells = new int[][] {{1, 2}, {3}};
    s.labels = new String[][] {{"a"}};
    s.rows = new ArrayList<>(List.of(new ArrayList<>(List.of("r1"))));
    s.scores = new LinkedHashMap<>(Map.of("ann", new ArrayList<>(List.of(7))));
    Map<String, Set<Long>> layer = new LinkedHashMap<>();
    layer.put("top", new HashSet<>(Set.of(1L)));
    s.layers = new ArrayList<>(List.of(layer));
    s.pending = new ArrayDeque<>(List.of(new ArrayList<>(List.of("p1"))));
    s.inbox = new LinkedBlockingQueue<>(List.of("hello"));
    s.index = new ConcurrentSkipListMap<>(Map.of("k", new ArrayList<>(List.of("v"))));
    return s;
  }

  private static void changeEveryLevel(Sheet s) {
    s.cells[0][0] = 99;
    s.labels[0][0] = "changed";
    s.rows.get(0).add("added");
    s.scores.get("ann").add(8);
    s.layers.get(0).get("top").add(2L);
    s.layers.get(0).put("bottom", Set.of());
    s.pending.peek().add("added");
    s.inbox.add("added");
    s.index.get("k").add("added");
  }

  private void assertStoredAsSaved(long id) {
    Sheet stored = sheets.find(id).orElseThrow();
    assertArrayEquals(new int[][] {{1, 2}, {3}}, stored.cells);
    assertArrayEquals(new String[][] {{"a"}}, stored.labels);
    assertEquals(List.of(List.of("r1")), stored.rows);
    assertEquals(Map.of("ann", List.of(7)), stored.scores);
    assertEquals(List.of(Map.of("top", Set.of(1L))), stored.layers);
    assertEquals(List.of(List.of("p1")), new ArrayList<>(stored.pending));
    assertEquals(List.of("hello"), new ArrayList<>(stored.inbox));
    assertEquals(Map.of("k", List.of("v")), stored.index);
  }

  @Test
  void changingInnerValuesOfTheSavedObjectChangesNothingStored() {
    Sheet saved = sheet();
    sheets.save(saved);

    changeEveryLevel(saved);

    assertStoredAsSaved(saved.id);
  }

  @Test
  void changingInnerValuesOfAReadCopyChangesNothingStored() {
    long id = sheets.save(sheet()).id;

    changeEveryLevel(sheets.find(id).orElseThrow());
    changeEveryLevel(sheets.all().get(0));
    changeEveryLevel(sheets.query().get().get(0));

    assertStoredAsSaved(id);
  }

  @Test
  void nullValuesAtEveryLevelAreKept() {
    Sheet s = new Sheet();
    s.cells = new int[][] {null, {1}};
    s.rows = new ArrayList<>();
    s.rows.add(null);
    s.scores = new LinkedHashMap<>();
    s.scores.put("none", null);

    Sheet stored = sheets.find(sheets.save(s).id).orElseThrow();

    assertArrayEquals(new int[][] {null, {1}}, stored.cells);
    assertEquals(1, stored.rows.size());
    assertEquals(null, stored.rows.get(0));
    assertEquals(null, stored.scores.get("none"));
    assertEquals(null, stored.index);
  }
}
