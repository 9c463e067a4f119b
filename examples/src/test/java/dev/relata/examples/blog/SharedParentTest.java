package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A to-one relation loads one fresh copy per parent and query: the comments of one post share it,
 * as Vuex ORM and Pinia ORM share an instance, while another query gets copies of its own and the
 * store keeps its rows.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SharedParentTest {
  private final Store store;
  private final PostRepository posts;
  private final CommentRepository comments;

  SharedParentTest(StoreKind kind) {
    store = kind.open();
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    kind.ready(store);
  }

  private void twoPostsWithComments() {
    Post first = new Post("first");
    first.setComments(List.of(comment("a"), comment("b"), comment("c")));
    Post second = new Post("second");
    second.setComments(List.of(comment("d")));
    posts.saveAll(List.of(first, second));
  }

  private static Comment comment(String body) {
    return new Comment(body, Instant.EPOCH);
  }

  private static Comment comment(String body, long postId) {
    Comment comment = comment(body);
    comment.postId = postId;
    return comment;
  }

  @Test
  void commentsOfOnePostShareOneCopyOfItWithinAResult() {
    twoPostsWithComments();

    List<Comment> loaded = comments.withPost().get();

    assertSame(loaded.get(0).post, loaded.get(1).post);
    assertSame(loaded.get(0).post, loaded.get(2).post);
    assertNotSame(loaded.get(0).post, loaded.get(3).post);
    assertEquals("second", loaded.get(3).post.getTitle());
  }

  @Test
  void anotherQueryGetsCopiesOfItsOwn() {
    twoPostsWithComments();

    Post once = comments.withPost().first().orElseThrow().post;
    Post again = comments.withPost().first().orElseThrow().post;

    assertNotSame(once, again);
    assertEquals(once.getTitle(), again.getTitle());
  }

  @Test
  void changingTheSharedCopyChangesNothingStored() {
    twoPostsWithComments();
    List<Comment> loaded = comments.withPost().get();

    loaded.get(0).post.setTitle("changed in memory");

    assertEquals("changed in memory", loaded.get(1).post.getTitle());
    assertEquals("first", posts.find(1L).orElseThrow().getTitle());
  }

  @Test
  void aSharedParentCarriesItsOwnNestedRelationsOnce() {
    twoPostsWithComments();

    List<Comment> loaded = comments.withPost(p -> p.withComments()).get();

    assertSame(loaded.get(0).post.getComments(), loaded.get(2).post.getComments());
    assertEquals(3, loaded.get(0).post.getComments().size());
  }

  @Test
  void manyParentsAreSharedPerPostAcrossTheWholeResult() {
    // Enough posts that the per-query cache of copies grows past its hashed form, posts deleted in
    // between (free slots), and comments of each post far apart in the table.
    int count = 2_000;
    List<Post> saved = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      saved.add(posts.save(new Post("post " + i)));
    }
    for (int round = 0; round < 3; round++) {
      for (Post post : saved) {
        comments.save(comment("on " + post.getTitle(), post.getId()));
      }
    }
    for (int i = 0; i < count; i += 7) {
      posts.delete(saved.get(i).getId()); // free slots; its comments go too (CASCADE)
    }
    comments.save(comment("dangling", 1L)); // the post with key 1 was deleted

    List<Comment> loaded = comments.withPost().get();

    Map<Long, Post> copyOfPost = new HashMap<>();
    Map<Post, Boolean> distinct = new IdentityHashMap<>();
    for (Comment comment : loaded) {
      if (comment.body.equals("dangling")) {
        assertNull(comment.post);
        continue;
      }
      assertEquals("on " + comment.post.getTitle(), comment.body);
      Post first = copyOfPost.putIfAbsent(comment.postId, comment.post);
      if (first != null) {
        assertSame(first, comment.post, comment.body);
      }
      distinct.put(comment.post, true);
    }
    int deleted = (count + 6) / 7;
    assertEquals(3 * (count - deleted) + 1, loaded.size());
    assertEquals(count - deleted, distinct.size());
  }

  @Test
  void aFewParentsOfALargeTableAreSharedToo() {
    for (int i = 0; i < 5_000; i++) {
      posts.save(new Post("post " + i));
    }
    comments.save(comment("x", 4_000L));
    comments.save(comment("y", 10L));
    comments.save(comment("z", 4_000L));

    List<Comment> loaded = comments.withPost().get();

    assertSame(loaded.get(0).post, loaded.get(2).post);
    assertEquals("post 3999", loaded.get(0).post.getTitle());
    assertEquals("post 9", loaded.get(1).post.getTitle());
  }
}
