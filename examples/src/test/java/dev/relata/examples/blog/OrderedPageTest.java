package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An ordered page (orderBy with offset and limit) equals a stable sort of the rows in insertion
 * order cut to the page, per parent and at the top level, whichever way the plan computes it (small
 * pages keep the best rows by insertion, large ones sort). Creation times repeat a lot, so ties are
 * everywhere.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class OrderedPageTest {
  private static final Comparator<Comment> NEWEST_FIRST =
      Comparator.comparing((Comment c) -> c.createdAt).reversed();
  private static final int[][] PAGES = {
    {0, 0}, {0, 1}, {0, 3}, {2, 3}, {5, 1}, {0, 20}, {3, 60}, {0, 64}, {1, 64}, {0, 65}, {10, 100}
  };

  private final Store store;
  private final PostRepository posts;
  private final CommentRepository comments;

  OrderedPageTest(StoreKind kind) {
    store = kind.open();
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    kind.ready(store);
  }

  @Test
  void everyPagePerParentEqualsAStableSortCutToThePage() {
    fill(new Random(42));
    for (int[] page : PAGES) {
      int offset = page[0];
      int limit = page[1];
      List<Post> loaded =
          posts.withComments(c -> c.orderBy(NEWEST_FIRST).offset(offset).limit(limit)).get();
      for (Post post : loaded) {
        List<Comment> all = posts.comments(post).find();
        assertEquals(
            ids(cut(all, offset, limit)),
            ids(post.getComments()),
            "offset " + offset + ", limit " + limit + ", post " + post.getId());
      }
    }
  }

  @Test
  void everyTopLevelPageEqualsAStableSortCutToThePage() {
    fill(new Random(7));
    List<Comment> all = comments.all();
    for (int[] page : PAGES) {
      List<Comment> got =
          comments.query().orderBy(NEWEST_FIRST).offset(page[0]).limit(page[1]).get();
      assertEquals(ids(cut(all, page[0], page[1])), ids(got), "page " + page[0] + ", " + page[1]);
    }
  }

  /** A stable sort of {@code rows} (in insertion order), cut to the page. */
  private static List<Comment> cut(List<Comment> rows, int offset, int limit) {
    List<Comment> sorted = new ArrayList<>(rows);
    sorted.sort(NEWEST_FIRST);
    int from = Math.min(offset, sorted.size());
    return sorted.subList(from, Math.min(sorted.size(), from + limit));
  }

  private static List<Integer> ids(List<Comment> rows) {
    return rows.stream().map(c -> c.id).toList();
  }

  /** 150 posts, 0 to 90 comments each, created at one of 12 instants, saved in random order. */
  private void fill(Random random) {
    List<Post> saved = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      saved.add(posts.save(new Post("post " + i)));
    }
    List<Comment> written = new ArrayList<>();
    for (Post post : saved) {
      int n = random.nextInt(91);
      for (int j = 0; j < n; j++) {
        Comment comment = new Comment("c", Instant.ofEpochSecond(random.nextInt(12)));
        comment.postId = post.getId();
        written.add(comment);
      }
    }
    java.util.Collections.shuffle(written, random);
    comments.saveAll(written);
  }
}
