package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Condition;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The typed conditions and orders of DESIGN.md: SQL's null semantics, on indexed fields or not. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TypedConditionsTest {
  private final Store store;
  private final ItemRepository items;

  TypedConditionsTest(StoreKind kind) {
    store = kind.open();
    items = new ItemRepository(store);
    kind.ready(store);
  }

  @BeforeEach
  void fill() {
    items.saveAll(
        List.of(
            new Item(1L, null, "a", 3, "apple", "A1"),
            new Item(2L, null, null, null, null, null),
            new Item(3L, null, "b", 7, "apricot", "B1"),
            new Item(4L, null, "a", 7, "banana", null),
            new Item(5L, null, "c", 1, "ap", "C1")));
  }

  private List<Long> ids(Predicate<? super Item> condition) {
    return items.query().where(condition).get().stream().map(i -> i.id).toList();
  }

  @Test
  void comparisonsSkipNullValuesOnIndexedAndPlainFieldsAlike() {
    assertEquals(List.of(3L, 4L), ids(Item_.rank.gt(3)));
    assertEquals(List.of(3L, 4L), ids(Item_.score.gt(3)));
    assertEquals(List.of(1L, 5L), ids(Item_.rank.ne(7)));
    assertEquals(List.of(3L, 5L), ids(Item_.tag.ne("a")));
    assertEquals(List.of(3L, 5L), ids(Item_.label.notIn("a")));
    assertEquals(List.of(1L, 3L, 5L), ids(Item_.name.startsWith("ap")));
  }

  @Test
  void notKeepsUnknownUnknown() {
    assertEquals(List.of(1L, 5L), ids(Item_.rank.gt(5).not()));
    assertEquals(List.of(1L, 2L, 5L), ids(Item_.rank.le(5).or(Item_.rank.isNull())));
    assertEquals(List.of(2L), ids(Item_.rank.isNull()));
    assertEquals(List.of(1L, 3L, 4L, 5L), ids(Item_.rank.isNull().not()));
  }

  @Test
  void andIsFalseIfAPartIsFalseAndOrTrueIfAPartIsTrue() {
    // Item 2 has no rank: "rank > 5 or tag is null" is true for it, "rank > 5 and id = 2" unknown.
    assertEquals(List.of(2L, 3L, 4L), ids(Item_.rank.gt(5).or(Item_.tag.isNull())));
    assertEquals(List.of(), ids(Item_.rank.gt(5).and(Item_.id.eq(2L))));
    assertEquals(List.of(1L, 3L, 4L, 5L), ids(Item_.rank.gt(5).and(Item_.id.eq(2L)).not()));
  }

  @Test
  void negateOfPredicateStaysTwoValued() {
    assertEquals(List.of(1L, 2L, 5L), ids(Item_.rank.gt(5).negate()));
  }

  @Test
  void typedConditionsAndLambdasMix() {
    assertEquals(
        List.of(1L),
        items.query().where(Item_.tag.eq("a")).where(i -> i.rank < 5).get().stream()
            .map(i -> i.id)
            .toList());
  }

  @Test
  void nullOperandsAreRefusedWithAPointerToIsNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Item_.tag.eq(null));
    assertTrue(e.getMessage().contains("tag.eq(null)"), e.getMessage());
    assertTrue(e.getMessage().contains("tag.isNull()"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Item_.tag.in("a", null));
    assertThrows(IllegalArgumentException.class, () -> Item_.tag.notIn(Arrays.asList("a", null)));
    assertThrows(IllegalArgumentException.class, () -> Item_.rank.between(1, null));
    assertThrows(IllegalArgumentException.class, () -> Item_.rank.lt(null));
    assertThrows(IllegalArgumentException.class, () -> Item_.name.startsWith(null));
  }

  @Test
  void ordersPutNullsLastBothWaysAndKeepInsertionOrderForTies() {
    assertEquals(
        List.of(5L, 1L, 3L, 4L, 2L),
        items.query().orderBy(Item_.rank.asc()).get().stream().map(i -> i.id).toList());
    assertEquals(
        List.of(3L, 4L, 1L, 5L, 2L),
        items.query().orderBy(Item_.rank.desc()).get().stream().map(i -> i.id).toList());
    assertEquals(
        List.of(3L, 4L, 1L),
        items.query().orderBy(Item_.score.desc()).limit(3).get().stream().map(i -> i.id).toList());
    assertEquals(
        List.of(4L, 3L),
        items.query().orderBy(Item_.rank.desc()).orderBy(Item_.name.desc()).limit(2).get().stream()
            .map(i -> i.id)
            .toList());
  }

  @Test
  void conditionsAreDataThatNamesFieldOperatorAndOperands() {
    Condition<Item> c = Item_.rank.between(1, 5).and(Item_.tag.in("a", "b"));
    Condition.And<Item> and = (Condition.And<Item>) c;
    Condition.Comparison<Item> between = (Condition.Comparison<Item>) and.operands().get(0);
    assertEquals("rank", between.field().name());
    assertEquals(Condition.Operator.BETWEEN, between.operator());
    assertEquals(List.of(1, 5), between.operands());
    assertEquals("rank between 1 and 5 and tag in ('a', 'b')", c.toString());
    assertEquals("rank desc", Item_.rank.desc().toString());
    assertTrue(Item_.rank.desc().descending());
    assertFalse(Item_.rank.asc().descending());
  }

  @Test
  void aComparisonOfOneOperandListsItOnceAndTheListIsUnmodifiable() {
    // The list of a one-operand comparison is built on first use: it must still be the operand,
    // the same list every time, and unmodifiable.
    Condition.Comparison<Item> eq = (Condition.Comparison<Item>) Item_.tag.eq("a");
    assertEquals(List.of("a"), eq.operands());
    assertSame(eq.operands(), eq.operands());
    assertThrows(UnsupportedOperationException.class, () -> eq.operands().add("b"));
    assertEquals("tag = 'a'", eq.toString());
    Condition.Comparison<Item> isNull = (Condition.Comparison<Item>) Item_.tag.isNull();
    assertEquals(List.of(), isNull.operands());
    assertEquals("tag is null", isNull.toString());
  }
}
