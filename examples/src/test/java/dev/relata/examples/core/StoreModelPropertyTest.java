package dev.relata.examples.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of writes, checked after every step against a simple reference model: rows in
 * insertion order (a replaced row keeps its place, a re-inserted key goes to the end), keys
 * assigned above any key held, insert versus save, failed writes changing nothing, and the
 * relations read through the indexes.
 */
class StoreModelPropertyTest {

  /** The reference: what the two tables must hold. */
  static final class Model {
    final Map<Long, String> authors = new LinkedHashMap<>();
    final Map<Integer, Article> articles = new LinkedHashMap<>();
    long highestAuthor;
    int highestArticle;

    long pickAuthor(int pick) {
      List<Long> keys = new ArrayList<>(authors.keySet());
      return keys.isEmpty() ? 1000 + pick : keys.get(Math.floorMod(pick, keys.size()));
    }

    int pickArticle(int pick) {
      List<Integer> keys = new ArrayList<>(articles.keySet());
      return keys.isEmpty() ? 1000 + pick : keys.get(Math.floorMod(pick, keys.size()));
    }

    void putAuthor(long key, String name) {
      authors.put(key, name);
      highestAuthor = Math.max(highestAuthor, key);
    }

    void putArticle(int key, String title, Long authorId) {
      Article a = new Article(title, 0);
      a.id = key;
      a.authorId = authorId;
      articles.put(key, a);
      highestArticle = Math.max(highestArticle, key);
    }
  }

  /** One write, applied to the store and to the model. */
  interface Op {
    void apply(CoreStore db, Model m);
  }

  record SaveNewAuthor(String name, int articleCount) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      Author a = new Author(name);
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < articleCount; i++) {
        articles.add(new Article(name + "/" + i, i));
      }
      a.setArticles(articles);
      db.authors.save(a);
      m.putAuthor(m.highestAuthor + 1, name);
      for (Article x : articles) {
        m.putArticle(m.highestArticle + 1, x.title, m.highestAuthor);
      }
      assertEquals(m.highestAuthor, a.getId());
    }
  }

  record SaveAuthorWithKey(long key, String name) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      Author a = new Author(name);
      a.setId(key);
      db.authors.save(a);
      m.putAuthor(key, name);
    }
  }

  record ReplaceAuthor(int pick, String name) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      long key = m.pickAuthor(pick);
      new SaveAuthorWithKey(key, name).apply(db, m);
    }
  }

  record InsertAuthor(long key, String name) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      Author a = new Author(name);
      a.setId(key);
      if (m.authors.containsKey(key)) {
        assertThrows(DuplicateKeyException.class, () -> db.authors.insert(a));
      } else {
        db.authors.insert(a);
        m.putAuthor(key, name);
      }
    }
  }

  record DeleteAuthors(int pick, int howMany) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      for (int i = 0; i < howMany; i++) {
        long key = m.pickAuthor(pick + i);
        assertEquals(m.authors.remove(key) != null, db.authors.delete(key));
      }
    }
  }

  record DeleteAllAuthors() implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      assertEquals(m.authors.size(), db.authors.deleteAll());
      m.authors.clear();
    }
  }

  record SaveManyAuthors(int howMany) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      List<Author> batch = new ArrayList<>();
      for (int i = 0; i < howMany; i++) {
        batch.add(new Author("many " + i));
      }
      db.authors.saveAll(batch);
      for (Author a : batch) {
        m.putAuthor(m.highestAuthor + 1, a.getName());
      }
    }
  }

  record SaveArticle(int authorPick, boolean dangling, String title) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      Article x = new Article(title, 0);
      x.authorId = dangling ? null : m.pickAuthor(authorPick);
      db.articles.save(x);
      m.putArticle(m.highestArticle + 1, title, x.authorId);
    }
  }

  record MoveArticle(int pick, int authorPick) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      int key = m.pickArticle(pick);
      if (!m.articles.containsKey(key)) {
        return;
      }
      Article x = db.articles.find(key).orElseThrow();
      x.authorId = m.pickAuthor(authorPick);
      db.articles.save(x);
      m.putArticle(key, x.title, x.authorId);
    }
  }

  record DeleteArticles(int pick, int howMany) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      for (int i = 0; i < howMany; i++) {
        int key = m.pickArticle(pick + i);
        assertEquals(m.articles.remove(key) != null, db.articles.delete(key));
      }
    }
  }

  record FailingSave(int pick) implements Op {
    @Override
    public void apply(CoreStore db, Model m) {
      Author a = new Author("failing");
      if (!m.authors.isEmpty()) {
        a.setId(m.pickAuthor(pick));
      }
      a.setArticles(Arrays.asList(new Article("failing", 0), null));
      assertThrows(RelataException.class, () -> db.authors.save(a));
    }
  }

  /** A random sequence of up to 50 writes, with the weights of a typical workload. */
  private static List<Op> operations(Random random) {
    int[] weights = {6, 2, 3, 2, 3, 1, 3, 4, 3, 2, 1};
    int total = Arrays.stream(weights).sum();
    List<Op> ops = new ArrayList<>();
    int length = random.nextInt(51);
    for (int n = 0; n < length; n++) {
      int roll = random.nextInt(total);
      int kind = 0;
      while (roll >= weights[kind]) {
        roll -= weights[kind++];
      }
      String name = name(random);
      int pick = random.nextInt(1001);
      long key = 1 + random.nextInt(60);
      ops.add(
          switch (kind) {
            case 0 -> new SaveNewAuthor(name, random.nextInt(4));
            case 1 -> new SaveAuthorWithKey(key, name);
            case 2 -> new ReplaceAuthor(pick, name);
            case 3 -> new InsertAuthor(key, name);
            case 4 -> new DeleteAuthors(pick, 1 + random.nextInt(40));
            case 5 -> new DeleteAllAuthors();
            case 6 -> new SaveManyAuthors(1 + random.nextInt(60));
            case 7 -> new SaveArticle(pick, random.nextBoolean(), name);
            case 8 -> new MoveArticle(pick, random.nextInt(1001));
            case 9 -> new DeleteArticles(pick, 1 + random.nextInt(10));
            default -> new FailingSave(pick);
          });
    }
    return ops;
  }

  private static String name(Random random) {
    char[] chars = new char[1 + random.nextInt(4)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(chars);
  }

  @Test
  void storeBehavesLikeTheReferenceModelForRandomWriteSequences() {
    for (long seed = 0; seed < 150; seed++) {
      List<Op> operations = operations(new Random(seed));
      CoreStore db = new CoreStore(StoreKind.MEMORY);
      Model m = new Model();
      for (Op op : operations) {
        op.apply(db, m);
        check(db, m, "seed " + seed + " after " + op);
      }
      Author probe = db.authors.save(new Author("probe"));
      assertEquals(m.highestAuthor + 1, probe.getId(), "next author key, seed " + seed);
      assertEquals(
          m.highestArticle + 1,
          db.articles.save(new Article("probe", 0)).id,
          "next article key, seed " + seed);
    }
  }

  private static void check(CoreStore db, Model m, String where) {
    List<String> expectedAuthors = new ArrayList<>();
    m.authors.forEach((k, v) -> expectedAuthors.add(k + "=" + v));
    List<String> actualAuthors = new ArrayList<>();
    db.authors.all().forEach(a -> actualAuthors.add(a.getId() + "=" + a.getName()));
    assertEquals(expectedAuthors, actualAuthors, where);
    assertEquals(m.authors.size(), db.authors.count(), where);

    List<String> expectedArticles = new ArrayList<>();
    m.articles.values().forEach(a -> expectedArticles.add(a.id + "=" + a.title + "@" + a.authorId));
    List<String> actualArticles = new ArrayList<>();
    db.articles.all().forEach(a -> actualArticles.add(a.id + "=" + a.title + "@" + a.authorId));
    assertEquals(expectedArticles, actualArticles, where);

    for (Author a : db.authors.withArticles().get()) {
      List<Integer> expected = new ArrayList<>();
      for (Article x : m.articles.values()) {
        if (a.getId().equals(x.authorId)) {
          expected.add(x.id);
        }
      }
      assertEquals(expected, CoreStore.ids(a.getArticles(), x -> x.id), where + " for " + a);
    }
    for (Article x : db.articles.withAuthor().get()) {
      String expected = x.authorId == null ? null : m.authors.get(x.authorId);
      assertEquals(expected, x.author == null ? null : x.author.getName(), where + " for " + x);
    }
    long withArticles = 0;
    for (long key : m.authors.keySet()) {
      if (m.articles.values().stream().anyMatch(x -> Long.valueOf(key).equals(x.authorId))) {
        withArticles++;
      }
    }
    assertEquals(withArticles, db.authors.query().hasArticles().count(), where);
  }
}
