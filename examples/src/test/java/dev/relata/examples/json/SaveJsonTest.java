package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Store;
import dev.relata.examples.blog.Category;
import dev.relata.examples.blog.Comment;
import dev.relata.examples.blog.Country;
import dev.relata.examples.blog.Phone;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.PostRepository;
import dev.relata.examples.blog.User;
import dev.relata.examples.blog.UserRepository;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import dev.relata.examples.json.model.Fragment;
import dev.relata.examples.json.model.FragmentRepository;
import dev.relata.examples.json.model.Keeper;
import dev.relata.examples.json.model.KeeperRepository;
import dev.relata.examples.json.model.LabelRepository;
import dev.relata.examples.json.model.Specimen;
import dev.relata.examples.json.model.SpecimenRepository;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code saveJson}: nested data of every relation kind, normalized exactly as saveAll does. */
class SaveJsonTest {
  private static final String USERS =
      """
      [
        {"name": "Ada",
         "country": {"name": "France"},
         "phone": {"id": "00000000-0000-0000-0000-0000000000aa", "number": "+33 1 23 45 67 89"},
         "posts": [
           {"title": "Relations", "publishedAt": "2026-11-01T09:00:00Z",
            "category": {"slug": "records", "name": "Records",
                         "parent": {"slug": "java", "name": "Java"}},
            "comments": [{"body": "Finally!", "createdAt": "2026-11-01T09:01:00Z"},
                         {"body": "Nice", "createdAt": "2026-11-01T09:02:00Z"}]},
           {"title": "Indexes", "comments": []}
         ]},
        {"name": "Grace", "country": {"name": "United States"}}
      ]
      """;

  @Test
  void nestedDataIsNormalizedExactlyAsSaveAllDoes() {
    Store fromJson = Store.inMemory();
    List<User> saved = new UserRepository(fromJson).saveJson(USERS);

    Store fromObjects = Store.inMemory();
    new UserRepository(fromObjects).saveAll(users());

    assertEquals(fromObjects.exportJson(), fromJson.exportJson());
    assertEquals(List.of(1L, 2L), saved.stream().map(User::getId).toList());
    assertEquals(1L, saved.get(0).getPosts().get(0).getUserId());
    assertEquals(2, saved.get(0).getPosts().get(0).getComments().get(1).id);
    assertNotNull(saved.get(0).getPhone().id());
  }

  @Test
  void membersAreReadInAnyOrderWithUnknownOnesBetweenThem() {
    String declared =
        "[{\"id\": 7, \"title\": \"A\", \"userId\": null,"
            + " \"comments\": [{\"id\": 70, \"body\": \"x\"}, {\"id\": 71, \"body\": null}]},"
            + " {\"id\": 8, \"title\": \"B\"}]";
    String shuffled =
        "[{\"comments\": [{\"extra\": 1, \"body\": \"x\", \"id\": 70},"
            + " {\"body\": null, \"id\": 71, \"extra\": [1, {\"id\": 2}]}],"
            + " \"userId\": null, \"extra\": {\"title\": \"no\"}, \"title\": \"A\", \"id\": 7},"
            + " {\"title\": \"B\", \"id\": 8}]";
    Store expected = Store.inMemory();
    new PostRepository(expected).saveJson(declared);
    Store actual = Store.builder().skipUnknownJsonFields().build();

    List<Post> saved = new PostRepository(actual).saveJson(shuffled);

    assertEquals(expected.exportJson(), actual.exportJson());
    assertEquals(List.of(7L, 8L), saved.stream().map(Post::getId).toList());
    assertNull(saved.get(0).getComments().get(1).body);
  }

  @Test
  void aReaderAndASingleObjectWorkToo() {
    Store store = Store.inMemory();
    PostRepository posts = new PostRepository(store);

    List<Post> one = posts.saveJson(new StringReader("{\"title\": \"Alone\"}"));

    assertEquals(1, one.size());
    assertEquals("Alone", posts.find(one.get(0).getId()).orElseThrow().getTitle());
  }

  @Test
  void everyRelationKindIsSavedFromNestedJson() {
    Store store = Store.inMemory();
    KeeperRepository keepers = new KeeperRepository(store);
    SpecimenRepository specimens = new SpecimenRepository(store);

    List<Keeper> saved =
        keepers.saveJson(
            """
            {"id": 7, "name": "Kim",
             "specimens": [{"id": 1, "text": "listed",
                            "fragments": [{"name": "a"}, {"name": "b"}],
                            "tag": {"code": "L1", "text": "label"}}],
             "owned": [{"id": 2, "text": "owned",
                        "keeper": {"id": 8, "name": "Lee"}}],
             "fragments": [{"id": 50, "name": "saved as given"}]}
            """);

    assertEquals(List.of(1L), saved.get(0).specimenIds());
    Specimen listed =
        specimens.withFragments().withLabel().withKeeper().where(s -> s.id == 1L).first().get();
    assertEquals(List.of("a", "b"), listed.fragments.stream().map(Fragment::getName).toList());
    assertEquals("label", listed.label.text());
    assertEquals(1L, listed.label.specimenId());
    assertNull(listed.keeper);
    Specimen owned = specimens.find(2L).orElseThrow();
    assertEquals(8L, owned.keeperId); // the nested @BelongsTo parent was saved first
    assertEquals(2, keepers.count());
    assertEquals(3, new FragmentRepository(store).count());
    assertTrue(new FragmentRepository(store).find(50).isPresent());
    assertEquals(1, new LabelRepository(store).count());
  }

  /** The objects that {@link #USERS} describes. */
  private static List<User> users() {
    Category java = new Category("java", "Java");
    Category records = new Category("records", "Records");
    records.parent = java;
    User ada = new User("Ada");
    ada.setCountry(new Country("France"));
    UUID phone = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    ada.setPhone(new Phone(phone, "+33 1 23 45 67 89", null, null));
    Post relations = new Post("Relations");
    relations.setPublishedAt(Instant.parse("2026-11-01T09:00:00Z"));
    relations.setCategory(records);
    relations.setComments(
        List.of(
            new Comment("Finally!", Instant.parse("2026-11-01T09:01:00Z")),
            new Comment("Nice", Instant.parse("2026-11-01T09:02:00Z"))));
    Post indexes = new Post("Indexes");
    indexes.setComments(List.of());
    ada.setPosts(List.of(relations, indexes));
    User grace = new User("Grace");
    grace.setCountry(new Country("United States"));
    return List.of(ada, grace);
  }

  @Test
  void theSeedDocumentOfClustersAndNodesIsImportedAsItIs() {
    Store store = Store.inMemory();

    long rows =
        store.importJson(
            """
            {"nodes": {"1": {"id": 1, "host": "node-01"},
                       "2": {"id": 2, "host": "node-02"},
                       "3": {"id": 3, "host": "node-03"}},
             "clusters": {"1": {"id": 1, "name": "Cluster 01", "nodeIds": [1, 2]},
                          "2": {"id": 2, "name": "Cluster 02", "nodeIds": [3, 1]}}}
            """);

    ClusterRepository clusters = new ClusterRepository(store);
    assertEquals(5, rows);
    List<Cluster> loaded = clusters.withNodes().get();
    assertEquals(List.of("Cluster 01", "Cluster 02"), loaded.stream().map(c -> c.name).toList());
    assertEquals(
        List.of("node-01", "node-02"), loaded.get(0).nodes.stream().map(Node::host).toList());
    assertEquals(
        List.of("node-03", "node-01"), loaded.get(1).nodes.stream().map(Node::host).toList());
    // Numbers assigned later go above the imported keys.
    assertEquals(3L, clusters.save(new Cluster("Cluster 03")).id);
  }
}
