package dev.relata.examples.relations;

import dev.relata.Repository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the tests compare stores by: every row of every table, in insertion order. */
final class Tables {
  private Tables() {}

  /**
   * Every row of each repository's table as text, in insertion order, and the table's count, keyed
   * by the repository (so by entity). Two stores with equal snapshots hold the same rows in the
   * same order.
   */
  static Map<String, List<String>> snapshot(Repository<?, ?, ?>... repositories) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (Repository<?, ?, ?> repository : repositories) {
      tables.put(repository.toString(), rows(repository));
      tables.put(repository + " count", List.of(String.valueOf(repository.count())));
    }
    return tables;
  }

  /** The rows of one table as text, in insertion order. */
  static List<String> rows(Repository<?, ?, ?> repository) {
    return repository.all().stream().map(String::valueOf).toList();
  }
}
