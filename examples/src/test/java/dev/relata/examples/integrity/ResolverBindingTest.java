package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.BelongsToResolver;
import dev.relata.HasManyByResolver;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.integrity.model.Box;
import dev.relata.examples.integrity.model.BoxRepository;
import dev.relata.examples.integrity.model.Bundle;
import dev.relata.examples.integrity.model.BundleRepository;
import dev.relata.examples.integrity.model.Line;
import dev.relata.examples.integrity.model.LineRepository;
import dev.relata.examples.integrity.model.Product;
import dev.relata.examples.integrity.model.ProductRepository;
import dev.relata.examples.integrity.model.Tag;
import dev.relata.examples.integrity.model.TagRepository;
import dev.relata.examples.integrity.model.Thing;
import dev.relata.examples.integrity.model.ThingRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9, item 1 (DESIGN.md "Relation resolvers"): a resolver is bound to its parent's key, read
 * once when it is made; every read and write goes to the stored row of that key as it is now. Reads
 * through a parent whose key has no row find nothing; writes through it, or through a parent with
 * no key, are an {@link IllegalArgumentException} that changes nothing.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ResolverBindingTest {
  private final Store store;
  private final ProductRepository products;
  private final BundleRepository bundles;
  private final TagRepository tags;
  private final LineRepository lines;
  private final BoxRepository boxes;
  private final ThingRepository things;

  ResolverBindingTest(StoreKind kind) {
    store = kind.open();
    products = new ProductRepository(store);
    bundles = new BundleRepository(store);
    tags = new TagRepository(store);
    lines = new LineRepository(store);
    boxes = new BoxRepository(store);
    things = new ThingRepository(store);
    kind.ready(store);
  }

  private Tag t1;
  private Tag t2;
  private Product phone;
  private Product laptop;

  /**
   * Tags t1, t2, t3 (1-3); products phone (1, tags [1]) and laptop (2, no tags); bundle 1 (tags
   * [1]); line 1 of the phone; box 1 (no things); thing 1.
   */
  @BeforeEach
  void fill() {
    t1 = tags.save(Tag.of("t1"));
    t2 = tags.save(Tag.of("t2"));
    tags.save(Tag.of("t3"));
    phone = products.save(new Product("phone", t1.id()));
    laptop = products.save(new Product("laptop"));
    bundles.save(Bundle.of("bundle", t1.id()));
    lines.save(new Line(null, "l1", phone.id, null));
    boxes.save(new Box("box"));
    things.save(new Thing("thing"));
  }

  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("products", text(products.all()));
    s.put("bundles", text(bundles.all()));
    s.put("tags", text(tags.all()));
    s.put("lines", text(lines.all()));
    s.put("boxes", text(boxes.all()));
    s.put("things", text(things.all()));
    s.put(
        "lines of products", text(products.withLines().get().stream().map(p -> p.lines).toList()));
    return s;
  }

  /** The keys each table assigns next; assigns them. */
  private List<Object> nextKeys() {
    return List.of(
        products.save(new Product("probe")).id,
        bundles.save(Bundle.of("probe")).id(),
        tags.save(Tag.of("probe")).id(),
        lines.save(Line.of("probe")).id(),
        boxes.save(new Box("probe")).id,
        things.save(new Thing("probe")).id);
  }

  private static List<String> text(List<?> rows) {
    List<String> out = new ArrayList<>();
    for (Object row : rows) {
      out.add(String.valueOf(row));
    }
    return out;
  }

  private static List<Long> tagIds(List<Tag> found) {
    return found.stream().map(Tag::id).toList();
  }

  // ---- Reads and writes see the stored row as it is now ----

  @Test
  void resolverOfARecordSeesItsOwnAttach() {
    Bundle bundle = bundles.find(1L).orElseThrow();
    HasManyByResolver.OfLong<Tag> r = bundles.tags(bundle);

    r.attach(t2.id());

    assertEquals(2, r.count());
    assertEquals(List.of(1L, 2L), tagIds(r.find()));
    assertEquals(List.of(1L, 2L), bundles.find(1L).orElseThrow().tagIds());
  }

  @Test
  void resolversOfTwoCopiesOfOneRowSeeEachOthersWrites() {
    Product p1 = products.find(2L).orElseThrow();
    Product p2 = products.find(2L).orElseThrow();

    products.tags(p1).attach(3L);

    assertEquals(1, products.tags(p2).count());
    assertEquals(List.of(3L), tagIds(products.tags(p2).find()));
    assertTrue(products.tags(p2).detach(3L));
    assertEquals(0, products.tags(p1).count());
  }

  @Test
  void belongsToResolverOfARecordSeesItsOwnAssociate() {
    Line line = lines.find(1L).orElseThrow();
    BelongsToResolver<Line, Product> r = lines.product(line);

    r.associate(laptop);

    assertEquals("laptop", r.find().orElseThrow().name);
    assertEquals(laptop.id, lines.find(1L).orElseThrow().productId());
  }

  @Test
  void hasManyReadsUseTheStoredLocalKeyOfTheBoundKey() {
    Product stale = products.find(1L).orElseThrow();
    lines.save(new Line(null, "l2", phone.id, null));

    assertEquals(2, products.lines(stale).count());
    assertEquals(
        List.of("l1", "l2"), products.lines(stale).find().stream().map(Line::text).toList());
  }

  @Test
  void resolverStaysBoundToTheKeyItWasMadeWith() {
    Product p = products.find(2L).orElseThrow();
    HasManyByResolver.OfLong<Tag> r = products.tags(p);

    p.id = 1L;
    r.attach(3L);

    assertEquals(List.of(3L), products.find(2L).orElseThrow().tagIds);
    assertEquals(List.of(1L), products.find(1L).orElseThrow().tagIds);
  }

  // ---- A parent whose key has no row ----

  @Test
  void readsThroughADeletedParentFindNothing() {
    Product deleted = products.find(1L).orElseThrow();
    Line line = lines.find(1L).orElseThrow();
    products.delete(1L);
    lines.delete(1L);
    lines.save(new Line(null, "orphan", 1L, null));

    assertEquals(List.of(), products.tags(deleted).find());
    assertEquals(0, products.tags(deleted).count());
    assertEquals(List.of(), products.lines(deleted).find());
    assertEquals(0, products.lines(deleted).count());
    assertTrue(products.lines(deleted).findById(2L).isEmpty());
    assertTrue(lines.product(line).find().isEmpty());
  }

  @Test
  void readsThroughAParentNeverStoredFindNothing() {
    Product keyed = new Product("keyed", t1.id());
    keyed.id = 1L;
    Product unkeyed = new Product("unkeyed", t1.id());
    Line line = new Line(7L, "not stored", phone.id, null);

    assertEquals(List.of(1L), tagIds(products.tags(keyed).find()));
    assertEquals(List.of(), products.tags(unkeyed).find());
    assertEquals(0, products.lines(unkeyed).count());
    assertTrue(lines.product(line).find().isEmpty());
  }

  @Test
  void writesThroughADeletedParentAreRefusedAndChangeNothing() {
    Product deleted = products.find(2L).orElseThrow();
    Line deletedLine = lines.find(1L).orElseThrow();
    Box deletedBox = boxes.find(1L).orElseThrow();
    products.delete(2L);
    lines.delete(1L);
    boxes.delete(1L);

    assertEveryWriteRefused(deleted, deletedLine, deletedBox, "2", "1");
  }

  @Test
  void writesThroughAParentWithAKeyNeverStoredAreRefusedAndChangeNothing() {
    Product product = new Product("never stored");
    product.id = 40L;
    Line line = new Line(41L, "never stored", phone.id, null);
    Box box = new Box("never stored");
    box.id = 42L;

    assertEveryWriteRefused(product, line, box, "40", "41");
  }

  @Test
  void writesThroughAParentWithoutAKeyAreRefusedAndChangeNothing() {
    assertEveryWriteRefused(
        new Product("no key"), Line.of("no key"), new Box("no key"), "null", "null");
  }

  /** A write through a resolver, and the entity and key its refusal must name. */
  private record Write(String parent, Runnable write) {}

  /**
   * Asserts that every write through resolvers of {@code product}, {@code line} and {@code box}
   * throws an IllegalArgumentException that names the entity and the key and says to save the
   * parent first, and that nothing changes: tables, next keys, the objects passed in.
   */
  private void assertEveryWriteRefused(
      Product product, Line line, Box box, String productKey, String lineKey) {
    Map<String, List<String>> before = snapshot();
    String productBefore = product.toString();
    String boxBefore = box.toString();
    Thing thing = new Thing("new thing");
    Line child = Line.of("child");
    String p = "intProducts " + productKey;
    String l = "intLines " + lineKey;
    String b = "intBoxes " + box.id;
    List<Write> writes =
        List.of(
            new Write(p, () -> products.tags(product).attach(Tag.of("new tag"))),
            new Write(p, () -> products.tags(product).attach(1L)),
            new Write(p, () -> products.tags(product).detach(1L)),
            new Write(p, () -> products.lines(product).create(child)),
            new Write(p, () -> products.lines(product).save(child)),
            new Write(p, () -> products.lines(product).createMany(List.of(child))),
            new Write(p, () -> products.lines(product).saveMany(List.of(child))),
            new Write(p, () -> products.lines(product).destroy(1L)),
            new Write(p, () -> products.lines(product).destroyAll()),
            new Write(l, () -> lines.product(line).associate(laptop)),
            new Write(l, () -> lines.product(line).associate(new Product("new"))),
            new Write(l, () -> lines.product(line).dissociate()),
            new Write(b, () -> boxes.things(box).attach(thing)));

    for (Write write : writes) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, write.write()::run, write.parent());
      String message = e.getMessage();
      String parent = write.parent();
      if (parent.endsWith(" null")) {
        String entity = parent.substring(0, parent.indexOf(' '));
        assertTrue(message.contains("the " + entity + " has no key"), message);
      } else {
        assertTrue(message.contains(parent + " is not stored"), message);
      }
      assertTrue(message.contains("save the parent first"), message);
    }

    assertEquals(before, snapshot());
    assertNull(thing.id, "the thing kept a key it never got");
    assertEquals(productBefore, product.toString());
    assertEquals(boxBefore, box.toString());
    assertEquals(List.of(3L, 2L, 4L, 2L, 2L, 2L), nextKeys());
  }

  @Test
  void buildNeedsOnlyTheKey() {
    Product keyed = new Product("not stored");
    keyed.id = 40L;

    Line built = products.lines(keyed).build(Line.of("built"));

    assertEquals(40L, built.productId());
    assertThrows(
        IllegalArgumentException.class,
        () -> products.lines(new Product("no key")).build(Line.of("x")));
  }

  // ---- The caller's objects after a refused write (item 3) ----

  @Test
  void refusedAttachLeavesNoKeyInTheTargetAndARetryOverwritesNothing() {
    Thing t = new Thing("t");

    assertThrows(IllegalArgumentException.class, () -> boxes.things(new Box("unsaved")).attach(t));
    Thing other = things.save(new Thing("other"));
    things.save(t);

    assertEquals(2L, other.id);
    assertEquals(3L, t.id);
    assertEquals(List.of("thing", "other", "t"), things.all().stream().map(x -> x.name).toList());
  }

  @Test
  void writeBackIntoTheOwnerFollowsTheStoredList() {
    Product stale = products.find(1L).orElseThrow();
    products.tags(products.find(1L).orElseThrow()).attach(2L);

    assertTrue(products.tags(stale).attach(3L));

    assertEquals(List.of(1L, 2L, 3L), stale.tagIds);
    assertEquals(List.of(1L, 2L, 3L), products.find(1L).orElseThrow().tagIds);
    assertFalse(products.tags(stale).attach(2L));
  }

  @Test
  void associateHandsBackTheInstanceGiven() {
    Line line = lines.find(1L).orElseThrow();

    Line associated = lines.product(line).associate(laptop);

    assertEquals(laptop.id, associated.productId());
    assertSame(laptop, associated.product());
  }
}
