package dev.relata.examples.core.model;

import dev.relata.Entity;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentNavigableMap;

/** Values nested in collections, maps and arrays, which the store copies at every level. */
@Entity(name = "coreSheets")
public class Sheet {
  public Long id;
  public int[][] cells;
  public String[][] labels;
  public List<List<String>> rows;
  public Map<String, List<Integer>> scores;
  public List<Map<String, Set<Long>>> layers;
  public ArrayDeque<List<String>> pending;
  public BlockingQueue<String> inbox;
  public ConcurrentNavigableMap<String, List<String>> index;
}
