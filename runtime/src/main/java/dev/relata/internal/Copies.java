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
import java.util.function.UnaryOperator;

/**
 * Copies of mutable field values, for generated {@code copy} code: a stored row and the instances
 * read from it never share a collection, a map or an array. An interface type gets a standard
 * implementation (a {@code List} an {@code ArrayList}, a {@code Set} a {@code LinkedHashSet}, ...),
 * a class its own copy constructor through {@link #of}. Elements are shared. Every method returns
 * {@code null} for {@code null}.
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
