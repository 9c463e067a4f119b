package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.DeleteRestrictedException;
import dev.relata.DuplicateKeyException;
import dev.relata.JsonInputException;
import dev.relata.Store;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import dev.relata.json.RelataModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of README.md's tour, run against the example entities, asserting what the README says it
 * does. A change here belongs in README.md too.
 */
class ReadmeTourTest {
  private final Store store = Store.inMemory();
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);
  private final UserRepository users = new UserRepository(store);
  private final PhoneRepository phones = new PhoneRepository(store);
  private final CountryRepository countries = new CountryRepository(store);
  private final CategoryRepository categories = new CategoryRepository(store);
  private final ClusterRepository clusters = new ClusterRepository(store);

  @Test
  void transactionMovesTheCommentsAndDeletesThePostTogether() {
    Post target = posts.save(new Post("Target"));
    Post source = new Post("Source");
    source.setComments(
        List.of(new Comment("First", Instant.now()), new Comment("Second", Instant.now())));
    posts.save(source);
    Post original = source;

    store.transaction(
        () -> {
          posts.comments(target).saveMany(posts.comments(source).find()); // move the comments
          posts.delete(source.getId()); // then delete the post
        });

    Post copy = store.transaction(() -> posts.save(new Post(original.getTitle())));

    assertEquals(List.of("Target", "Source"), posts.all().stream().map(Post::getTitle).toList());
    assertEquals(3L, copy.getId());
    assertEquals(
        List.of("First", "Second"),
        posts.comments(target).find().stream().map(c -> c.body).toList());
  }

  @Test
  void repositorySavesAndFinds() {
    Post post = posts.save(new Post("Hello"));
    Optional<Post> found = posts.find(post.getId());

    assertEquals(1L, post.getId());
    assertEquals("Hello", found.orElseThrow().getTitle());
    assertEquals("Hello", posts.find(1).orElseThrow().getTitle());
  }

  @Test
  void nestedSaveNormalizesTheGraphAndWritesKeysBack() {
    User ada = new User("Ada");
    ada.setCountry(new Country("France"));
    ada.setPhone(Phone.of("+33 1 23 45 67 89"));
    Post relations = new Post("Relations, checked by the compiler");
    relations.setComments(List.of(new Comment("Finally!", Instant.now())));
    ada.setPosts(List.of(relations));

    users.save(ada);

    assertEquals(
        List.of(1L, 1L, 1L, 1L, 1L),
        List.of(countries.count(), users.count(), phones.count(), posts.count(), comments.count()));
    assertEquals(1L, ada.getId());
    assertEquals(1, ada.getCountryId());
    assertEquals(1L, relations.getUserId());
    assertEquals(1L, relations.getComments().get(0).postId);
    assertNotNull(ada.getPhone().id());
    assertEquals(ada.getId(), phones.find(ada.getPhone().id()).orElseThrow().userId());
  }

  @Test
  void queriesLoadAndFilterAsTheTourSays() {
    saveBlog();

    List<User> withEverything = users.withPhone().withPosts(p -> p.withComments()).get();

    Comparator<Comment> newestFirst = Comparator.comparing((Comment c) -> c.createdAt).reversed();
    List<Post> latest =
        posts
            .query()
            .orderBy(Comparator.comparing(Post::getTitle))
            .withComments(c -> c.orderBy(newestFirst).limit(2))
            .get();

    List<Post> discussed = posts.query().hasComments(c -> c.offset(1)).get();
    List<Post> quiet = posts.query().doesntHaveComments().get();
    long count = posts.query().where(p -> p.getTitle().startsWith("Relata")).count();

    assertEquals("+33 1 23 45 67 89", withEverything.get(0).getPhone().number());
    assertEquals(3, withEverything.get(0).getPosts().get(0).getComments().size());
    assertEquals(
        List.of("Relata 0.1 is out", "Relations, checked by the compiler"),
        latest.stream().map(Post::getTitle).toList());
    assertEquals(List.of(), latest.get(0).getComments());
    assertEquals(
        List.of("third", "second"), latest.get(1).getComments().stream().map(c -> c.body).toList());
    assertEquals(
        List.of("Relations, checked by the compiler"),
        discussed.stream().map(Post::getTitle).toList());
    assertEquals(List.of("Relata 0.1 is out"), quiet.stream().map(Post::getTitle).toList());
    assertEquals(1, count);
  }

  @Test
  void typedConditionsAndIndexesAsTheTourSays() {
    User ada = saveBlog();
    Instant nov1 = Instant.parse("2026-11-01T00:00:00Z");
    Instant dec1 = Instant.parse("2026-12-01T00:00:00Z");
    Instant since = Instant.parse("2026-11-01T09:00:30Z");
    List<Post> written = posts.query().where(Post_.userId.eq(ada.getId())).get();
    written.get(0).setPublishedAt(Instant.parse("2026-11-03T10:00:00Z"));
    written.get(1).setPublishedAt(Instant.parse("2026-11-10T10:00:00Z"));
    Post old = new Post("Hello, world");
    old.setPublishedAt(Instant.parse("2026-10-20T10:00:00Z"));
    posts.saveAll(List.of(written.get(0), written.get(1), old, new Post("A draft")));

    List<Post> newest = posts.query().orderBy(Post_.publishedAt.desc()).limit(10).get();
    List<Post> november =
        posts
            .query()
            .where(Post_.publishedAt.between(nov1, dec1))
            .orderBy(Post_.publishedAt.asc())
            .get();
    List<Post> adas =
        posts.query().where(Post_.userId.eq(ada.getId()).and(Post_.title.startsWith("Rel"))).get();
    List<Post> drafts = posts.query().where(Post_.publishedAt.isNull()).get();
    List<Post> recentlyDiscussed =
        posts.query().hasComments(c -> c.where(Comment_.createdAt.gt(since))).get();
    long removed = posts.query().where(Post_.publishedAt.lt(nov1)).delete();

    assertEquals(
        List.of(
            "Relata 0.1 is out", "Relations, checked by the compiler", "Hello, world", "A draft"),
        newest.stream().map(Post::getTitle).toList());
    assertEquals(
        List.of("Relations, checked by the compiler", "Relata 0.1 is out"),
        november.stream().map(Post::getTitle).toList());
    assertEquals(2, adas.size());
    assertEquals(List.of("A draft"), drafts.stream().map(Post::getTitle).toList());
    assertEquals(
        List.of("Relations, checked by the compiler"),
        recentlyDiscussed.stream().map(Post::getTitle).toList());
    assertEquals(1, removed);
    assertEquals(3, posts.count());

    DuplicateKeyException taken =
        assertThrows(DuplicateKeyException.class, () -> phones.save(Phone.of("+33 1 23 45 67 89")));
    assertEquals("number", taken.field());
    assertEquals(1, phones.count());
    assertThrows(IllegalArgumentException.class, () -> Post_.title.eq(null));
  }

  @Test
  void resolversReadAndWriteOneParentsRelation() {
    saveBlog();
    Post post = posts.find(1L).orElseThrow();
    Post otherPost = posts.find(2L).orElseThrow();
    User grace = users.save(new User("Grace"));
    Cluster cluster = clusters.save(new Cluster("eu-west"));

    Comment created = posts.comments(post).create(new Comment("Fast, too", Instant.now()));
    long n = posts.comments(post).count();
    boolean destroyedElsewhere = posts.comments(otherPost).destroy(created.id);

    Phone phone = users.phone(grace).save(Phone.of("+1 555 0100"));
    comments.post(created).associate(otherPost);

    Node node = clusters.nodes(cluster).attach(Node.of("node-c"));
    List<Node> attached = clusters.nodes(cluster).find();
    boolean detached = clusters.nodes(cluster).detach(node.id());

    assertEquals(4, n);
    assertFalse(destroyedElsewhere);
    assertEquals(4, comments.count());
    assertEquals(grace.getId(), phone.userId());
    assertEquals(2L, created.postId);
    assertEquals(2L, comments.post(created).find().orElseThrow().getId());
    assertEquals(List.of(node), attached);
    assertTrue(detached);
    assertEquals(List.of(), clusters.nodes(cluster).find());
    assertEquals(List.of(node), new dev.relata.examples.cluster.NodeRepository(store).all());
  }

  @Test
  void onDeleteRulesApplyAsTheTourSays() {
    User ada = saveBlog();
    Category news = new Category("news", "News");
    Post release = posts.find(2L).orElseThrow();
    release.setCategory(news);
    posts.save(release);

    assertThrows(DeleteRestrictedException.class, () -> categories.delete("java"));
    assertEquals(3, categories.count());
    categories.delete("news");
    assertNull(posts.find(2L).orElseThrow().getCategorySlug());
    users.delete(ada.getId());
    assertEquals(
        List.of(0L, 0L, 0L, 0L),
        List.of(users.count(), posts.count(), comments.count(), phones.count()));
  }

  @Test
  void jsonGoesInNestedAndOutAsTreesAndSnapshots(@TempDir Path directory) throws IOException {
    // Nested data, saved as saveAll saves objects: normalized, keys assigned, one atomic write.
    List<User> saved =
        users.saveJson(
            """
            [{"name": "Ada", "country": {"name": "France"},
              "posts": [{"title": "Relations", "comments": [{"body": "Finally!"}]}]}]
            """);

    // A loaded tree: the relations a query loaded, nested; those it did not load are left out.
    String tree = users.toJson(users.withPosts(p -> p.withComments()).get());

    // The whole store, normalized: every entity of the classpath, its rows by key.
    String snapshot = store.exportJson();
    Path file = directory.resolve("snapshot.json");
    store.exportJson(file); // streamed, and the file is replaced atomically

    Store copy = Store.inMemory();
    copy.importJson(snapshot); // or importJson(file); no repository needs to exist first

    assertEquals(1L, saved.get(0).getId());
    assertEquals(
        "[{\"id\":1,\"name\":\"Ada\",\"countryId\":1,\"posts\":[{\"id\":1,"
            + "\"title\":\"Relations\",\"publishedAt\":null,\"userId\":1,\"categorySlug\":null,"
            + "\"comments\":[{\"id\":1,\"body\":\"Finally!\",\"createdAt\":null,\"postId\":1,"
            + "\"authorId\":null}]}]}]",
        tree);
    assertTrue(
        snapshot.contains(
            ",\"categories\":{},\"clusters\":{},\"comments\":{\"1\":{\"id\":1,"
                + "\"body\":\"Finally!\","),
        snapshot);
    assertEquals(snapshot, Files.readString(file));
    assertEquals(snapshot, copy.exportJson());
  }

  @Test
  void jsonSettingsErrorsAndTheModuleWorkAsTheTourSays() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Store store =
        Store.builder()
            .objectMapper(mapper) // default: new ObjectMapper()
            .skipUnknownJsonFields() // default: an unknown field is a JsonInputException
            .build();
    new PostRepository(store).saveJson("{\"title\": \"T\", \"unknown\": 1}");

    JsonInputException e =
        assertThrows(
            JsonInputException.class,
            () -> this.store.importJson("{\"comments\": {\"3\": {\"createdAt\": 12}}}"));

    ObjectMapper withEntities = new ObjectMapper().registerModule(new RelataModule());
    String json = withEntities.writeValueAsString(posts.withComments().get());
    Post read = withEntities.readValue("{\"title\": \"Hello\", \"comments\": []}", Post.class);

    assertEquals(1, new PostRepository(store).count());
    assertEquals(
        "cannot read JSON: comments key 3, field \"createdAt\": expected an ISO-8601 instant such"
            + " as \"2026-11-01T09:00:00Z\", found the number 12 (line 1, column 34, at"
            + " /comments/3/createdAt); nothing was written",
        e.getMessage());
    assertEquals("[]", json);
    assertEquals("Hello", read.getTitle());
  }

  @Test
  void theExampleApplicationRunsEverySection(@TempDir Path directory) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path snapshot = directory.resolve("blog.json");
    new BlogApplication(new PrintStream(bytes, true, StandardCharsets.UTF_8), snapshot).run();
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("stored: 2 users, 4 posts, 4 comments, 3 categories, 2 countries"));
    assertTrue(output.contains("categories.delete(\"java\") refused"));
    assertTrue(output.contains("users.delete(Ada) cascaded: 1 users, 2 posts, 1 comments (was 5)"));
    assertTrue(output.contains("posts before 2, after 2"));
    assertTrue(
        output.contains(
            "blog-dataset.json: 2 users saved with 4 posts, 4 comments, 3 categories"),
        output);
    assertTrue(output.contains("imported into another store: 16 rows, 4 posts"), output);
    assertTrue(Files.exists(snapshot));
    assertTrue(output.contains("Ada's posts starting with \"Rel\": [Post#1 \"Relations"));
  }

  /** Ada, her phone, two posts (the first with three comments), categories java and records. */
  private User saveBlog() {
    Category java = new Category("java", "Java");
    Category records = new Category("records", "Records");
    records.parent = java;
    User ada = new User("Ada");
    ada.setPhone(Phone.of("+33 1 23 45 67 89"));
    Post relations = new Post("Relations, checked by the compiler");
    relations.setCategory(records);
    Instant t = Instant.parse("2026-11-01T09:00:00Z");
    relations.setComments(
        List.of(
            new Comment("first", t),
            new Comment("second", t.plusSeconds(60)),
            new Comment("third", t.plusSeconds(120))));
    ada.setPosts(List.of(relations, new Post("Relata 0.1 is out")));
    return users.save(ada);
  }
}
