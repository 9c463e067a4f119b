package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Store;
import dev.relata.examples.integrity.model.Knot;
import dev.relata.examples.integrity.model.KnotRepository;
import dev.relata.examples.integrity.model.Segment;
import dev.relata.examples.integrity.model.SegmentRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 6: saves, cascading deletes and eager loads work at any depth of nesting, with no
 * {@code StackOverflowError} at the default stack size (a recursive save overflowed at about 1,600
 * levels).
 */
class DeepChainTest {
  private static final int LEVELS = 1_000_000;

  private final Store store = Store.inMemory();
  private final SegmentRepository segments = new SegmentRepository(store);
  private final KnotRepository knots = new KnotRepository(store);

  /** {@code LEVELS + 1} segments, each but the last carrying the next in {@code next}. */
  private static List<Segment> chainOfChildren() {
    List<Segment> chain = new ArrayList<>(LEVELS + 1);
    chain.add(new Segment("s0"));
    for (int i = 1; i <= LEVELS; i++) {
      Segment segment = new Segment("s" + i);
      chain.get(i - 1).next = List.of(segment);
      chain.add(segment);
    }
    return chain;
  }

  @Test
  void saveOfAMillionLevelsOfChildrenStoresEveryLevelLinked() {
    List<Segment> chain = chainOfChildren();

    segments.save(chain.get(0));

    assertEquals(LEVELS + 1, segments.count());
    assertEquals(1L, chain.get(0).id);
    assertNull(chain.get(0).previousId);
    for (int i = 1; i <= LEVELS; i++) {
      assertEquals(chain.get(i - 1).id, chain.get(i).previousId);
    }
    Segment last = segments.find(chain.get(LEVELS).id).orElseThrow();
    assertEquals("s" + LEVELS, last.name);
    assertEquals(chain.get(LEVELS - 1).id, last.previousId);
  }

  @Test
  void saveOfAMillionLevelsOfParentsStoresEveryParentBeforeItsChild() {
    Segment leaf = new Segment("leaf");
    Segment child = leaf;
    for (int i = 1; i <= LEVELS; i++) {
      Segment parent = new Segment("p" + i);
      child.previous = parent;
      child = parent;
    }

    segments.save(leaf);

    assertEquals(LEVELS + 1, segments.count());
    // Parents are stored before their child: the topmost parent first, the leaf last.
    assertEquals("p" + LEVELS, segments.find(1L).orElseThrow().name);
    assertEquals(LEVELS + 1L, leaf.id);
    assertEquals(LEVELS, leaf.previousId);
    assertNull(segments.find(1L).orElseThrow().previousId);
  }

  @Test
  void saveOfAMillionLevelsOfRecordsReturnsTheRebuiltChain() {
    Knot top = Knot.of("k" + LEVELS, null);
    for (int i = LEVELS - 1; i >= 0; i--) {
      top = Knot.of("k" + i, List.of(top));
    }

    Knot saved = knots.save(top);

    assertEquals(LEVELS + 1, knots.count());
    Knot knot = saved;
    for (long id = 1; id <= LEVELS + 1; id++) {
      assertEquals(id, knot.id());
      assertEquals(id == 1 ? null : id - 1, knot.upId());
      knot = knot.down() == null ? null : knot.down().get(0);
    }
    assertNull(knot);
  }

  @Test
  void cascadingDeleteOfAMillionLevelsRemovesEveryLevel() {
    List<Segment> chain = chainOfChildren();
    segments.save(chain.get(0));
    segments.save(new Segment("other"));

    assertTrue(segments.delete(chain.get(0).id));

    assertEquals(List.of("other"), segments.all().stream().map(s -> s.name).toList());
  }

  @Test
  void eagerLoadsOfADeepChainLoadEveryLevelOnce() {
    segments.save(chainOfChildren().get(0));

    List<Segment> loaded = segments.withNext().withPrevious().withFollowing().get();

    assertEquals(LEVELS + 1, loaded.size());
    for (int i = 0; i <= LEVELS; i++) {
      Segment segment = loaded.get(i);
      assertEquals(i == LEVELS ? 0 : 1, segment.next.size());
      assertEquals(i == 0 ? null : segment.previousId, i == 0 ? null : segment.previous.id);
      assertEquals(i == LEVELS ? null : segment.id + 1, i == LEVELS ? null : segment.following.id);
    }
  }
}
