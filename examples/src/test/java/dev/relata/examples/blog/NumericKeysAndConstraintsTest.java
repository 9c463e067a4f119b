package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.HasManyByResolver;
import dev.relata.HasManyResolver;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keys written as number literals work wherever a key of a numeric entity is taken, and relation
 * constraints take lambdas, method references, UnaryOperators and Functions alike. Most of what
 * this test checks is that it compiles.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class NumericKeysAndConstraintsTest {
  private final Store store;
  private final UserRepository users;
  private final PostRepository posts;
  private final CommentRepository comments;
  private final ClusterRepository clusters;

  NumericKeysAndConstraintsTest(StoreKind kind) {
    store = kind.open();
    users = new UserRepository(store);
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    clusters = new ClusterRepository(store);
    kind.ready(store);
  }

  @Test
  void findTakesNumberLiteralsOfLongAndIntKeys() {
    Post post = new Post("first");
    post.setComments(List.of(new Comment("one", Instant.EPOCH), new Comment("two", Instant.EPOCH)));
    posts.save(post);

    assertEquals("first", posts.find(1).orElseThrow().getTitle()); // Post has a Long key
    assertEquals("first", posts.find(1L).orElseThrow().getTitle());
    assertTrue(posts.find(2L).isEmpty());
    assertTrue(posts.find(-1L).isEmpty());
    assertTrue(posts.find(Long.MAX_VALUE).isEmpty());
    assertEquals("two", comments.find(2).orElseThrow().body); // Comment has an int key
    assertTrue(comments.find(3).isEmpty());
    assertTrue(comments.find(Integer.MIN_VALUE).isEmpty());
  }

  @Test
  void resolversOfNumericKeysTakeNumberLiterals() {
    User ada = new User("Ada");
    Post post = new Post("first");
    post.setComments(List.of(new Comment("one", Instant.EPOCH), new Comment("two", Instant.EPOCH)));
    ada.setPosts(List.of(post));
    users.save(ada);

    HasManyResolver.OfLong<Post> adasPosts = users.posts(ada); // Post has a Long key
    HasManyResolver.OfInt<Comment> comments = posts.comments(post); // Comment has an int key

    assertEquals("first", adasPosts.findById(1).orElseThrow().getTitle());
    assertEquals("two", comments.findById(2).orElseThrow().body);
    assertFalse(comments.destroy(3));
    assertTrue(comments.destroy(1));
    assertEquals(1, comments.count());
    assertTrue(adasPosts.destroy(1));
  }

  @Test
  void keyListsOfNumbersTakeNumberLiterals() {
    Cluster cluster = new Cluster("eu");
    cluster.nodes = List.of(Node.of("a"), Node.of("b"));
    clusters.save(cluster);

    HasManyByResolver.OfLong<Node> nodes = clusters.nodes(cluster);

    assertFalse(nodes.attach(1));
    assertTrue(nodes.detach(1));
    assertTrue(nodes.attach(1));
    assertEquals(List.of(2L, 1L), cluster.nodeIds);
  }

  @Test
  void constraintsTakeLambdasMethodReferencesUnaryOperatorsAndFunctions() {
    Post post = new Post("first");
    post.setComments(List.of(new Comment("one", Instant.EPOCH), new Comment("two", Instant.EPOCH)));
    posts.save(post);
    UnaryOperator<CommentQuery> firstOnly = c -> c.limit(1);
    Function<CommentQuery, CommentQuery> lastOnly = c -> c.offset(1);
    Function<Object, CommentQuery> everything = c -> (CommentQuery) c;

    assertEquals(1, posts.withComments(c -> c.limit(1)).first().orElseThrow().getComments().size());
    Post loaded = posts.withComments(CommentQuery::withPost).first().orElseThrow();
    assertEquals("first", loaded.getComments().get(0).post.getTitle());
    assertEquals("one", posts.withComments(firstOnly).get().get(0).getComments().get(0).body);
    assertEquals("two", posts.withComments(lastOnly).get().get(0).getComments().get(0).body);
    assertEquals(2, posts.query().withComments(everything).get().get(0).getComments().size());
    assertTrue(posts.query().hasComments(lastOnly).exists());
  }
}
