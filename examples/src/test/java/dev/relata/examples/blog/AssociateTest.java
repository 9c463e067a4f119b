package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * associate and dissociate change the stored foreign key and nothing else of the stored row: the
 * instance they are given may be stale.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AssociateTest {
  private final Store store;
  private final PostRepository posts;
  private final CommentRepository comments;

  AssociateTest(StoreKind kind) {
    store = kind.open();
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    kind.ready(store);
  }

  private Comment storedComment() {
    Post first = new Post("first");
    first.setComments(List.of(new Comment("original", Instant.EPOCH)));
    posts.saveAll(List.of(first, new Post("second")));
    return comments.find(1).orElseThrow();
  }

  @Test
  void associateOfAStaleInstanceKeepsWhatOthersStoredMeanwhile() {
    Comment stale = storedComment();
    Comment fresh = comments.find(1).orElseThrow();
    fresh.body = "edited meanwhile";
    comments.save(fresh);

    comments.post(stale).associate(posts.find(2L).orElseThrow());

    Comment stored = comments.find(1).orElseThrow();
    assertEquals(2L, stored.postId);
    assertEquals("edited meanwhile", stored.body);
    assertEquals(2L, stale.postId);
    assertEquals("second", stale.post.getTitle());
  }

  @Test
  void dissociateOfAStaleInstanceClearsOnlyTheKey() {
    Comment stale = storedComment();
    Comment fresh = comments.find(1).orElseThrow();
    fresh.body = "edited meanwhile";
    comments.save(fresh);

    comments.post(stale).dissociate();

    Comment stored = comments.find(1).orElseThrow();
    assertNull(stored.postId);
    assertEquals("edited meanwhile", stored.body);
    assertNull(stale.postId);
    assertNull(stale.post);
  }

  @Test
  void associateOfANewParentSavesItFirst() {
    Comment comment = storedComment();

    comments.post(comment).associate(new Post("new"));

    assertEquals(3L, comment.postId);
    assertEquals("new", posts.find(3L).orElseThrow().getTitle());
  }

  @Test
  void associateOfAStoredParentLeavesItAsStored() {
    Comment comment = storedComment();
    Post staleSecond = posts.find(2L).orElseThrow();
    staleSecond.setTitle("stale title");

    comments.post(comment).associate(staleSecond);

    assertEquals("second", posts.find(2L).orElseThrow().getTitle());
    assertSame(staleSecond, comment.post);
  }

  @Test
  void associateOfACommentNotStoredYetIsRefused() {
    storedComment();
    Comment fresh = new Comment("new", Instant.EPOCH);
    Post second = posts.find(2L).orElseThrow();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> comments.post(fresh).associate(second));

    assertTrue(e.getMessage().contains("save the parent first"), e.getMessage());
    assertEquals(1, comments.count());
    assertNull(fresh.postId);
  }
}
