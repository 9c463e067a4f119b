package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.ComparableField;
import dev.relata.Condition;
import dev.relata.Order;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random data, random typed conditions (on the key, a relation key, hash, sorted and unique
 * indexes, and on fields of the same values without an index) joined by {@code and}, {@code or},
 * {@code not} and lambdas, random orders, limits and offsets, at the top and inside {@code
 * withItems} and {@code hasItems}: the store, which answers typed conditions through its indexes,
 * returns exactly what the same query with the conditions and orders wrapped in plain lambdas
 * returns (which it must answer by scanning): the rows, their order, {@code count}, {@code exists},
 * {@code first} and what {@code delete} removes.
 */
class PlannerPropertyTest {
  private static final String[] TAGS = {"a", "b", "c", "d", null};
  private static final String[] NAMES = {"", "a", "ab", "abc", "b", "ba", "bb", "\uffff", null};

  /** A store with random rows, written, rewritten and partly deleted, so indexes have churned. */
  private static final class World {
    final Store store;
    final ItemRepository items;
    final OwnerRepository owners;

    World(long seed) {
      this(seed, StoreKind.MEMORY);
    }

    World(long seed, StoreKind kind) {
      store = kind.open();
      items = new ItemRepository(store);
      owners = new OwnerRepository(store);
      kind.ready(store);
      Random random = new Random(seed);
      int ownerCount = 1 + random.nextInt(6);
      for (long id = 1; id <= ownerCount; id++) {
        owners.save(new Owner(id, random.nextInt(4) == 0 ? null : random.nextInt(5)));
      }
      int itemCount = random.nextInt(60);
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < itemCount; i++) {
        long id = 1 + random.nextInt(itemCount + 10);
        Item item =
            new Item(
                id,
                random.nextInt(5) == 0 ? null : 1L + random.nextInt(ownerCount + 1),
                pick(random, TAGS),
                random.nextInt(5) == 0 ? null : random.nextInt(8),
                pick(random, NAMES),
                null);
        String code = "c" + random.nextInt(40);
        if (random.nextBoolean() && codes.add(code)) {
          item.code = code;
        }
        items.save(item);
        if (random.nextInt(8) == 0) {
          items.delete(1L + random.nextInt(itemCount + 10));
        }
      }
    }
  }

  private static <E> E pick(Random random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A typed condition and its plain form, which the store cannot see into. */
  private record Cond(Condition<Item> typed) {
    Predicate<Item> plain() {
      Condition<Item> c = typed;
      return c::test;
    }
  }

  private static Cond condition(Random random, int depth) {
    int kind = random.nextInt(depth > 2 ? 14 : 18);
    if (kind >= 14) {
      Cond a = condition(random, depth + 1);
      Cond b = condition(random, depth + 1);
      return switch (kind) {
        case 14, 15 -> new Cond(a.typed().and(b.typed()));
        case 16 -> new Cond(a.typed().or(b.typed()));
        default -> new Cond(a.typed().not());
      };
    }
    ComparableField<Item, Integer> ranked = random.nextBoolean() ? Item_.rank : Item_.score;
    int r = random.nextInt(9) - 1;
    return new Cond(
        switch (kind) {
          case 0 -> Item_.id.eq(1L + random.nextInt(30));
          case 1 -> Item_.id.in(1L + random.nextInt(30), 1L + random.nextInt(30));
          case 2 -> Item_.ownerId.eq(1L + random.nextInt(5));
          case 3 -> Item_.ownerId.in(1L + random.nextInt(5), 1L + random.nextInt(5));
          case 4 -> (random.nextBoolean() ? Item_.tag : Item_.label).eq(pick(random, TAGS, "a"));
          case 5 ->
              (random.nextBoolean() ? Item_.tag : Item_.label).in("a", pick(random, TAGS, "b"));
          case 6 -> Item_.code.eq("c" + random.nextInt(40));
          case 7 -> random.nextBoolean() ? ranked.gt(r) : ranked.le(r);
          case 8 -> random.nextBoolean() ? ranked.ge(r) : ranked.lt(r);
          case 9 -> ranked.between(r, r + random.nextInt(4) - 1);
          case 10 -> random.nextBoolean() ? ranked.eq(r) : ranked.in(r, r + 2);
          case 11 -> Item_.name.startsWith(pick(random, NAMES, "a"));
          case 12 ->
              random.nextBoolean() ? Item_.name.gt(pick(random, NAMES, "b")) : Item_.name.le("ab");
          default -> random.nextBoolean() ? ranked.isNull() : Item_.tag.isNotNull();
        });
  }

  private static <E> E pick(Random random, E[] values, E ifNull) {
    E value = pick(random, values);
    return value == null ? ifNull : value;
  }

  private static Order<Item> order(Random random) {
    Order<Item> order =
        switch (random.nextInt(4)) {
          case 0 -> Item_.rank.asc();
          case 1 -> Item_.score.asc();
          case 2 -> Item_.name.asc();
          default -> Item_.id.asc();
        };
    return random.nextBoolean() ? order : (order.descending() ? order : desc(order));
  }

  private static Order<Item> desc(Order<Item> order) {
    return order.field().desc();
  }

  /** One random query, built twice: with typed conditions and orders, and with plain ones. */
  private static final class Shape {
    final List<Cond> conditions = new ArrayList<>();
    final List<Order<Item>> orders = new ArrayList<>();
    final boolean lambda;
    final int offset;
    final int limit;

    Shape(Random random) {
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        conditions.add(condition(random, 0));
      }
      int m = random.nextInt(3);
      for (int i = 0; i < m; i++) {
        orders.add(order(random));
      }
      lambda = random.nextInt(4) == 0;
      offset = random.nextInt(3) == 0 ? random.nextInt(5) : 0;
      limit = random.nextBoolean() ? random.nextInt(12) : -1;
    }

    <Q extends dev.relata.Query<Item, Q>> Q apply(Q query, boolean typed) {
      for (Cond c : conditions) {
        query = query.where(typed ? c.typed() : c.plain());
      }
      if (lambda) {
        query = query.where(i -> i.id % 3 != 0);
      }
      for (Order<Item> o : orders) {
        Comparator<Item> plain = o::compare;
        query = query.orderBy(typed ? o : plain);
      }
      if (offset > 0) {
        query = query.offset(offset);
      }
      if (limit >= 0) {
        query = query.limit(limit);
      }
      return query;
    }
  }

  private static List<String> rows(List<Item> items) {
    return items.stream().map(Item::toString).toList();
  }

  @Property(tries = 400)
  void plannedQueriesReturnWhatScansReturn(@ForAll long seed) {
    assertTypedQueriesAgree(new World(seed), seed);
  }

  /**
   * On a SQL store the typed conditions and orders that SQL can run exactly become SQL, and the
   * rest runs in Java: the same queries written with plain lambdas, which all run in Java, must
   * return the same (three-valued logic, text order by code point, pages per owner included).
   */
  @Property(tries = 60)
  void typedQueriesOnH2ReturnWhatTheirLambdasReturn(@ForAll long seed) {
    World world = new World(seed, StoreKind.H2);
    assertTypedQueriesAgree(world, seed);
    assertConstraintsAgree(world, seed);
  }

  /** As {@link #typedQueriesOnH2ReturnWhatTheirLambdasReturn}, on PostgreSQL. */
  @Property(tries = 15)
  void typedQueriesOnPostgresReturnWhatTheirLambdasReturn(@ForAll long seed) {
    World world = new World(seed, StoreKind.POSTGRES);
    assertTypedQueriesAgree(world, seed);
    assertConstraintsAgree(world, seed);
  }

  private static void assertTypedQueriesAgree(World world, long seed) {
    Random random = new Random(seed * 31 + 7);
    for (int q = 0; q < 10; q++) {
      Shape shape = new Shape(random);
      ItemQuery typed = shape.apply(world.items.query(), true);
      ItemQuery plain = shape.apply(world.items.query(), false);
      String where = "seed " + seed + ", query " + q + ": " + typed;
      assertEquals(rows(plain.get()), rows(typed.get()), where);
      assertEquals(plain.count(), typed.count(), where);
      assertEquals(plain.exists(), typed.exists(), where);
      assertEquals(plain.first().map(Item::toString), typed.first().map(Item::toString), where);
    }
  }

  @Property(tries = 200)
  void constraintsInsideWithAndHasUseIndexesAndAgree(@ForAll long seed) {
    assertConstraintsAgree(new World(seed), seed);
  }

  private static void assertConstraintsAgree(World world, long seed) {
    Random random = new Random(seed * 17 + 3);
    for (int q = 0; q < 6; q++) {
      Shape inner = new Shape(random);
      boolean present = random.nextBoolean();
      UnaryOperator<ItemQuery> typed = query -> inner.apply(query, true);
      UnaryOperator<ItemQuery> plain = query -> inner.apply(query, false);
      String where = "seed " + seed + ", query " + q;
      assertEquals(
          owners(world.owners.query().withItems(plain).get()),
          owners(world.owners.query().withItems(typed).get()),
          where);
      OwnerQuery typedHas =
          present
              ? world.owners.query().hasItems(typed)
              : world.owners.query().doesntHaveItems(typed);
      OwnerQuery plainHas =
          present
              ? world.owners.query().hasItems(plain)
              : world.owners.query().doesntHaveItems(plain);
      assertEquals(owners(plainHas.get()), owners(typedHas.get()), where);
      assertEquals(plainHas.count(), typedHas.count(), where);
      Owner any = world.owners.find(1L).orElseThrow();
      assertEquals(
          rows(world.owners.items(any).find(all(inner, false))),
          rows(world.owners.items(any).find(all(inner, true))),
          where);
    }
  }

  /** The conditions of {@code shape} joined, typed or plain. */
  private static Predicate<Item> all(Shape shape, boolean typed) {
    Predicate<Item> all = i -> true;
    for (Cond c : shape.conditions) {
      all = all.and(typed ? c.typed() : c.plain());
    }
    return all;
  }

  private static List<String> owners(List<Owner> owners) {
    List<String> shown = new ArrayList<>();
    for (Owner owner : owners) {
      shown.add(owner + (owner.items == null ? "" : rows(owner.items).toString()));
    }
    return shown;
  }

  @Property(tries = 200)
  void deleteRemovesWhatGetReturns(@ForAll long seed) {
    World typedWorld = new World(seed);
    World plainWorld = new World(seed);
    Shape shape = new Shape(new Random(seed * 13 + 5));
    ItemQuery typed = shape.apply(typedWorld.items.query(), true);
    ItemQuery plain = shape.apply(plainWorld.items.query(), false);
    List<String> selected = rows(plain.get());
    assertEquals(selected, rows(typed.get()));
    assertEquals(selected.size(), typed.delete());
    assertEquals(selected.size(), plain.delete());
    assertEquals(rows(plainWorld.items.all()), rows(typedWorld.items.all()));
    for (Item left : typedWorld.items.all()) {
      assertEquals(false, selected.contains(left.toString()), "seed " + seed);
    }
  }
}
