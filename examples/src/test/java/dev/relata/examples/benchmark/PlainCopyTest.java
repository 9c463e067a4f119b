package dev.relata.examples.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.relata.Store;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's entities have plain constructors and accessors, so the processor finds that
 * their copies run no entity code and a lock-free {@code find} skips counting them as such (the
 * fast path that the {@code findById} benchmarks measure); their reads still return fresh copies.
 */
class PlainCopyTest {

  @Test
  void benchmarkEntitiesCopyWithoutEntityCode() {
    assertFalse(Post_Meta.INSTANCE.copyRunsEntityCode());
    assertFalse(Comment_Meta.INSTANCE.copyRunsEntityCode());
    assertFalse(User_Meta.INSTANCE.copyRunsEntityCode());
  }

  @Test
  void findOfAPlainEntityReturnsAFreshCopyEachTime() {
    Store store = Store.inMemory();
    PostRepository posts = new PostRepository(store);
    posts.save(new Post(null, "hello", 7L, "post-1", 60L, 3));

    Post first = posts.find(1L).orElseThrow();
    Post second = posts.find(1L).orElseThrow();

    assertNotSame(first, second);
    assertEquals("hello", second.getTitle());
    first.setTitle("changed");
    assertEquals("hello", posts.find(1L).orElseThrow().getTitle());
  }
}
