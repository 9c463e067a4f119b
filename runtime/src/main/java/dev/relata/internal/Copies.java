package dev.relata.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Copies of mutable field values, for generated {@code copy} code: a stored row and the instances
 * read from it never share a collection, a map or an array, at any depth. An interface type gets a
 * standard implementation (a {@code List} an {@code ArrayList}, a {@code Set} a {@code
 * LinkedHashSet}, ...), a class its own copy constructor through {@link #of}. The one-argument
 * methods share the elements (the processor uses them where elements are immutable); the others
 * copy each element (or map key and value) with the function given, which generated code composes
 * from these same methods: {@code Copies.list(rows, Copies::list)} for {@code List<List<String>>}.
 * Every method returns {@code null} for {@code null}, so element copiers keep null elements.
 */
public final class Copies {
  private Copies() {}

  /** A {@code List} or {@code Collection}: a new {@code ArrayList}. */
  public static <E> ArrayList<E> list(Collection<E> source) {
    return source == null ? null : new ArrayList<>(source);
  }

  /** A {@code Set}: a new {@code LinkedHashSet}, in the same iteration order. */
  public static <E> LinkedHashSet<E> set(Collection<E> source) {
    return source == null ? null : new LinkedHashSet<>(source);
  }

  /** A {@code SortedSet}: a new {@code TreeSet} with the same comparator. */
  public static <E> TreeSet<E> sortedSet(SortedSet<E> source) {
    return source == null ? null : new TreeSet<>(source);
  }

  /** A {@code Map}: a new {@code LinkedHashMap}, in the same iteration order. */
  public static <K, V> LinkedHashMap<K, V> map(Map<K, V> source) {
    return source == null ? null : new LinkedHashMap<>(source);
  }

  /** A {@code SortedMap}: a new {@code TreeMap} with the same comparator. */
  public static <K, V> TreeMap<K, V> sortedMap(SortedMap<K, V> source) {
    return source == null ? null : new TreeMap<>(source);
  }

  /** A {@code Queue} or {@code Deque}: a new {@code LinkedList}, which takes nulls too. */
  public static <E> LinkedList<E> linkedList(Collection<E> source) {
    return source == null ? null : new LinkedList<>(source);
  }

  /** An {@code EnumSet}: {@code EnumSet.copyOf}. */
  public static <E extends Enum<E>> EnumSet<E> enumSet(EnumSet<E> source) {
    return source == null ? null : EnumSet.copyOf(source);
  }

  /** A {@code ConcurrentMap}: a new {@code ConcurrentHashMap}. */
  public static <K, V> ConcurrentHashMap<K, V> concurrentMap(Map<K, V> source) {
    return source == null ? null : new ConcurrentHashMap<>(source);
  }

  /**
   * A copy of {@code Properties}: a clone, entries and defaults included (its one-argument
   * constructor would take {@code source} as defaults rather than copy it). The clone keeps the
   * class of {@code source}, so a subclass of {@code Properties} gets a copy of its own type.
   */
  @SuppressWarnings("unchecked")
  public static <P extends Properties> P properties(P source) {
    return source == null ? null : (P) source.clone();
  }

  /** A copy made by {@code copier}, typically a copy constructor: {@code LinkedList::new}. */
  public static <T> T of(T source, UnaryOperator<T> copier) {
    return source == null ? null : copier.apply(source);
  }

  /** A {@code List} or {@code Collection} whose elements are copied by {@code elements}. */
  public static <E> ArrayList<E> list(Collection<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new ArrayList<>(source.size()), elements);
  }

  /** A {@code Set} whose elements are copied by {@code elements}. */
  public static <E> LinkedHashSet<E> set(Collection<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new LinkedHashSet<>(), elements);
  }

  /** A {@code SortedSet} whose elements are copied by {@code elements}, same comparator. */
  public static <E> TreeSet<E> sortedSet(SortedSet<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new TreeSet<>(source.comparator()), elements);
  }

  /** A {@code Queue} or {@code Deque} whose elements are copied by {@code elements}. */
  public static <E> LinkedList<E> linkedList(Collection<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new LinkedList<>(), elements);
  }

  /** A {@code BlockingQueue}: a new {@code LinkedBlockingQueue} (unbounded). */
  public static <E> LinkedBlockingQueue<E> blockingQueue(Collection<E> source) {
    return source == null ? null : new LinkedBlockingQueue<>(source);
  }

  /** A {@code BlockingQueue} whose elements are copied by {@code elements}. */
  public static <E> LinkedBlockingQueue<E> blockingQueue(
      Collection<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new LinkedBlockingQueue<>(), elements);
  }

  /** A {@code BlockingDeque}: a new {@code LinkedBlockingDeque} (unbounded). */
  public static <E> LinkedBlockingDeque<E> blockingDeque(Collection<E> source) {
    return source == null ? null : new LinkedBlockingDeque<>(source);
  }

  /** A {@code BlockingDeque} whose elements are copied by {@code elements}. */
  public static <E> LinkedBlockingDeque<E> blockingDeque(
      Collection<E> source, UnaryOperator<E> elements) {
    return source == null ? null : fill(source, new LinkedBlockingDeque<>(), elements);
  }

  /** A {@code Map} whose values are copied by {@code values}. */
  public static <K, V> LinkedHashMap<K, V> map(Map<K, V> source, UnaryOperator<V> values) {
    return map(source, UnaryOperator.identity(), values);
  }

  /** A {@code Map} whose keys and values are copied by {@code keys} and {@code values}. */
  public static <K, V> LinkedHashMap<K, V> map(
      Map<K, V> source, UnaryOperator<K> keys, UnaryOperator<V> values) {
    return source == null ? null : fill(source, new LinkedHashMap<>(), keys, values);
  }

  /** A {@code SortedMap} whose values are copied by {@code values}, same comparator. */
  public static <K, V> TreeMap<K, V> sortedMap(SortedMap<K, V> source, UnaryOperator<V> values) {
    return sortedMap(source, UnaryOperator.identity(), values);
  }

  /** A {@code SortedMap} whose keys and values are copied, same comparator. */
  public static <K, V> TreeMap<K, V> sortedMap(
      SortedMap<K, V> source, UnaryOperator<K> keys, UnaryOperator<V> values) {
    return source == null ? null : fill(source, new TreeMap<>(source.comparator()), keys, values);
  }

  /** A {@code ConcurrentMap} whose values are copied by {@code values}. */
  public static <K, V> ConcurrentHashMap<K, V> concurrentMap(
      Map<K, V> source, UnaryOperator<V> values) {
    return concurrentMap(source, UnaryOperator.identity(), values);
  }

  /** A {@code ConcurrentMap} whose keys and values are copied. */
  public static <K, V> ConcurrentHashMap<K, V> concurrentMap(
      Map<K, V> source, UnaryOperator<K> keys, UnaryOperator<V> values) {
    return source == null ? null : fill(source, new ConcurrentHashMap<>(), keys, values);
  }

  /** A {@code ConcurrentNavigableMap}: a new {@code ConcurrentSkipListMap}, same comparator. */
  public static <K, V> ConcurrentSkipListMap<K, V> concurrentNavigableMap(
      ConcurrentNavigableMap<K, V> source) {
    return source == null ? null : new ConcurrentSkipListMap<>(source);
  }

  /** A {@code ConcurrentNavigableMap} whose values are copied by {@code values}. */
  public static <K, V> ConcurrentSkipListMap<K, V> concurrentNavigableMap(
      ConcurrentNavigableMap<K, V> source, UnaryOperator<V> values) {
    return concurrentNavigableMap(source, UnaryOperator.identity(), values);
  }

  /** A {@code ConcurrentNavigableMap} whose keys and values are copied, same comparator. */
  public static <K, V> ConcurrentSkipListMap<K, V> concurrentNavigableMap(
      ConcurrentNavigableMap<K, V> source, UnaryOperator<K> keys, UnaryOperator<V> values) {
    return source == null
        ? null
        : fill(source, new ConcurrentSkipListMap<>(source.comparator()), keys, values);
  }

  /**
   * A collection class with a constructor that takes a collection ({@code ArrayDeque::new}): that
   * constructor applied to a list of the elements copied by {@code elements}.
   */
  public static <E, C extends Collection<E>> C collection(
      C source, Function<? super ArrayList<E>, C> constructor, UnaryOperator<E> elements) {
    return source == null ? null : constructor.apply(list(source, elements));
  }

  /**
   * A map class with a constructor that takes a map ({@code HashMap::new}): that constructor
   * applied to a map of the keys and values copied by {@code keys} and {@code values}.
   */
  public static <K, V, M extends Map<K, V>> M map(
      M source,
      Function<? super LinkedHashMap<K, V>, M> constructor,
      UnaryOperator<K> keys,
      UnaryOperator<V> values) {
    return source == null ? null : constructor.apply(map(source, keys, values));
  }

  /** An array whose elements are copied by {@code elements}: {@code int[][]}, {@code List[]}. */
  public static <E> E[] array(E[] source, UnaryOperator<E> elements) {
    if (source == null) {
      return null;
    }
    E[] copy = source.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = elements.apply(copy[i]);
    }
    return copy;
  }

  private static <E, C extends Collection<E>> C fill(
      Collection<E> source, C target, UnaryOperator<E> elements) {
    for (E element : source) {
      target.add(elements.apply(element));
    }
    return target;
  }

  private static <K, V, M extends Map<K, V>> M fill(
      Map<K, V> source, M target, UnaryOperator<K> keys, UnaryOperator<V> values) {
    source.forEach((key, value) -> target.put(keys.apply(key), values.apply(value)));
    return target;
  }

  /** An array: a clone. */
  public static <E> E[] array(E[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code boolean[]}: a clone. */
  public static boolean[] array(boolean[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code byte[]}: a clone. */
  public static byte[] array(byte[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code short[]}: a clone. */
  public static short[] array(short[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code char[]}: a clone. */
  public static char[] array(char[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code int[]}: a clone. */
  public static int[] array(int[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code long[]}: a clone. */
  public static long[] array(long[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code float[]}: a clone. */
  public static float[] array(float[] source) {
    return source == null ? null : source.clone();
  }

  /** A {@code double[]}: a clone. */
  public static double[] array(double[] source) {
    return source == null ? null : source.clone();
  }
}
