package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.jdbc.model.Author;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.Reply;
import dev.relata.jdbc.model.ReplyRepository;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcStoreSmokeTest {
  static DataSource source(String kind) {
    return kind.equals("h2") ? Databases.h2() : Databases.postgres();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void savesLoadsAndDeletesANestedTree(String kind) {
    JdbcStore store = JdbcStore.open(source(kind));
    AuthorRepository authors = new AuthorRepository(store);
    BlogPostRepository posts = new BlogPostRepository(store);
    ReplyRepository replies = new ReplyRepository(store);
    store.createSchema();

    Author ada = new Author("Ada");
    BlogPost first = new BlogPost("First", 3);
    first.tags = List.of("a", "b");
    first.replies = List.of(new Reply("one"), new Reply("two"));
    ada.blogPosts = List.of(first, new BlogPost("Second", 5));
    authors.save(ada);

    assertEquals(1L, ada.id);
    assertEquals(1L, first.id);
    assertEquals(ada.id, first.authorId);
    assertEquals(2, replies.count());
    Author loaded = authors.query().withBlogPosts(p -> p.withReplies()).get().get(0);
    assertEquals(2, loaded.blogPosts.size());
    assertEquals(List.of("a", "b"), loaded.blogPosts.get(0).tags);
    assertEquals(2, loaded.blogPosts.get(0).replies.size());
    assertEquals(
        List.of("Second"),
        authors.query().withBlogPosts(p -> p.offset(1)).get().get(0).blogPosts.stream()
            .map(p -> p.title)
            .toList());
    assertTrue(posts.query().hasReplies().exists());
    assertEquals(1, posts.query().doesntHaveReplies().count());

    assertTrue(authors.delete(ada.id));
    assertEquals(0, posts.count());
    assertEquals(2, replies.count());
    assertNull(replies.all().get(0).blogPostId);
    assertTrue(
        store.schemaSql().contains("blog_post_id") || store.schemaSql().contains("BLOG_POST_ID"));
  }
}
