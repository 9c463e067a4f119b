package dev.relata.examples.pinia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.examples.pinia.PiniaComparison.Case;
import dev.relata.examples.pinia.PiniaComparison.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java side of {@code compare/pinia-orm/run.sh}, which needs Node to run whole: every query
 * runs on Relata, and the files that {@code compare.mjs} reads are written.
 */
class PiniaComparisonCasesTest {

  @Test
  void everyCaseRunsOnItsDatasetWithoutError() {
    Map<String, Tables> datasets =
        Map.of(
            "main", PiniaComparison.mainDataset(),
            "nullIdList", PiniaComparison.nullIdListDataset());
    for (Case c : PiniaComparison.cases()) {
      Tables tables = datasets.get(c.dataset());
      assertTrue(tables != null, c.name() + " names no dataset: " + c.dataset());
      Object result = c.run().apply(tables);
      assertFalse(result instanceof Map<?, ?> m && m.containsKey("error"), c.name());
    }
  }

  @Test
  void caseNamesAreUniqueBecauseCompareMjsMatchesByName() {
    List<Case> cases = PiniaComparison.cases();
    Set<String> names = new HashSet<>();
    cases.forEach(c -> assertTrue(names.add(c.name()), "twice: " + c.name()));
    assertEquals(50, cases.size());
  }

  @Test
  void mainWritesTheDatasetsAndTheResults(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("out/dataset.json");
    Path results = dir.resolve("out/relata-results.json");

    PiniaComparison.main(new String[] {dataset.toString(), results.toString()});

    String data = Files.readString(dataset);
    assertTrue(data.startsWith("{\n  \"main\": {"), data.substring(0, 40));
    assertTrue(data.contains("\"compareRegions\""));
    assertTrue(Files.readString(results).contains("\"hasMany: users with posts\""));
  }

  @Test
  void jsonEscapesStringsAndKeepsFlatListsOnOneLine() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("a", "q\"\\\n\u0001");
    row.put("b", Arrays.asList(1, null, true));

    assertEquals(
        "{\"a\": \"q\\\"\\\\\\n\\u0001\", \"b\": [1, null, true]}\n",
        ComparisonJson.write(row));
  }
}
