package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.blog.Comment;
import dev.relata.examples.blog.CommentRepository;
import dev.relata.examples.blog.Phone;
import dev.relata.examples.blog.PhoneRepository;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.PostRepository;
import dev.relata.examples.blog.User;
import dev.relata.examples.blog.UserRepository;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code toJson}: the loaded tree, unloaded relations left out, no cycles. */
class ToJsonTest {
  private static final Instant T = Instant.parse("2026-11-01T09:00:00Z");

  private final Store store = Store.inMemory();
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);
  private final UserRepository users = new UserRepository(store);

  @Test
  void unloadedRelationsAreLeftOutAndNullFieldsWrittenAsNull() {
    posts.save(new Post("Hello"));

    assertEquals(
        "{\"id\":1,\"title\":\"Hello\",\"publishedAt\":null,\"userId\":null,\"categorySlug\":null}",
        posts.toJson(posts.find(1L).orElseThrow()));
  }

  @Test
  void aLoadedEmptyListIsAnEmptyArrayAndALoadedToOneThatFoundNothingIsNull() {
    Post post = new Post("Quiet");
    post.setUserId(99L); // no such user: loading the user finds nothing
    posts.save(post);

    Post loaded = posts.withComments().withUser().first().orElseThrow();

    assertEquals(
        "{\"id\":1,\"title\":\"Quiet\",\"publishedAt\":null,\"userId\":99,\"categorySlug\":null,"
            + "\"comments\":[],\"user\":null}",
        posts.toJson(loaded));
  }

  @Test
  void theLoadedTreeIsWrittenNested() {
    User ada = new User("Ada");
    Post post = new Post("Relations");
    Comment comment = new Comment("Nice", T);
    post.setComments(List.of(comment));
    ada.setPosts(List.of(post));
    users.save(ada);

    List<User> loaded = users.withPosts(p -> p.withComments()).get();

    assertEquals(
        "[{\"id\":1,\"name\":\"Ada\",\"countryId\":null,\"posts\":[{\"id\":1,"
            + "\"title\":\"Relations\",\"publishedAt\":null,\"userId\":1,\"categorySlug\":null,"
            + "\"comments\":[{\"id\":1,\"body\":\"Nice\",\"createdAt\":\"2026-11-01T09:00:00Z\","
            + "\"postId\":1,\"authorId\":null}]}]}]",
        users.toJson(loaded));
  }

  @Test
  void recordsAreWrittenWithTheirComponents() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    User grace = users.save(new User("Grace"));
    PhoneRepository phones = new PhoneRepository(store);
    phones.save(new Phone(id, "+1 555 0100", grace.getId(), null));
    ClusterRepository clusters = new ClusterRepository(store);
    Cluster cluster = new Cluster("eu-west");
    cluster.nodes = List.of(Node.of("node-a"));
    clusters.save(cluster);

    assertEquals(
        "[{\"id\":\"00000000-0000-0000-0000-000000000001\",\"number\":\"+1 555 0100\","
            + "\"userId\":1,\"user\":{\"id\":1,\"name\":\"Grace\",\"countryId\":null}}]",
        phones.toJson(phones.withUser().get()));
    assertEquals(
        "{\"id\":1,\"name\":\"eu-west\",\"nodeIds\":[1],"
            + "\"nodes\":[{\"id\":1,\"host\":\"node-a\"}]}",
        clusters.toJson(clusters.withNodes().first().orElseThrow()));
  }

  @Test
  void aCycleInObjectsBuiltByHandEndsWhereItWouldRepeat() {
    Post post = new Post("Circular");
    post.setId(1L);
    Comment comment = new Comment("Me again", T);
    comment.id = 5;
    comment.postId = 1L;
    comment.post = post; // leads back to the post being written
    post.setComments(new ArrayList<>(List.of(comment)));

    assertEquals(
        "{\"id\":1,\"title\":\"Circular\",\"publishedAt\":null,\"userId\":null,"
            + "\"categorySlug\":null,\"comments\":[{\"id\":5,\"body\":\"Me again\","
            + "\"createdAt\":\"2026-11-01T09:00:00Z\",\"postId\":1,\"authorId\":null}]}",
        posts.toJson(post));
    assertEquals(
        "[{\"id\":5,\"body\":\"Me again\",\"createdAt\":\"2026-11-01T09:00:00Z\",\"postId\":1,"
            + "\"authorId\":null,\"post\":{\"id\":1,\"title\":\"Circular\",\"publishedAt\":null,"
            + "\"userId\":null,\"categorySlug\":null}}]",
        comments.toJson(List.of(comment)));
  }

  @Test
  void whatToJsonWritesSaveJsonReadsBack() {
    User ada = new User("Ada");
    Post post = new Post("Relations");
    post.setComments(List.of(new Comment("Nice", T), new Comment("Again", T.plusSeconds(1))));
    ada.setPosts(List.of(post));
    users.save(ada);
    String tree = users.toJson(users.withPosts(p -> p.withComments()).get());

    Store other = Store.inMemory();
    new UserRepository(other).saveJson(tree);

    assertEquals(store.exportJson(), other.exportJson());
  }
}
