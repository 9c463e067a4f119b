package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.Store;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A to-one relation loads one fresh copy per parent and query: the comments of one post share it,
 * as Vuex ORM and Pinia ORM share an instance, while another query gets copies of its own and the
 * store keeps its rows.
 */
class SharedParentTest {
  private final Store store = Store.inMemory();
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);

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
}
