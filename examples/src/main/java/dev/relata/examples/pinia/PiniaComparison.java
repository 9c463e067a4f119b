package dev.relata.examples.pinia;

import dev.relata.Store;
import dev.relata.examples.blog.Category;
import dev.relata.examples.blog.CategoryRepository;
import dev.relata.examples.blog.Comment;
import dev.relata.examples.blog.CommentRepository;
import dev.relata.examples.blog.Country;
import dev.relata.examples.blog.CountryRepository;
import dev.relata.examples.blog.Phone;
import dev.relata.examples.blog.PhoneRepository;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.PostRepository;
import dev.relata.examples.blog.User;
import dev.relata.examples.blog.UserRepository;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import dev.relata.examples.cluster.NodeRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Relata side of the comparison with Pinia ORM 1.10.2 ({@code compare/pinia-orm}): builds fixed
 * datasets of the example entities in Relata stores, writes them as JSON, runs the named queries
 * and writes their results as JSON. {@code compare/pinia-orm/compare.mjs} loads the same datasets
 * into pinia-orm, runs the same queries there and compares the two result files.
 *
 * <p>A result lists the keys of the rows in result order; a row whose relations were loaded is an
 * object with its {@code id} and, per relation, the key of the related row ({@code null} if none)
 * or the list of related keys (or rows, when they carry nested relations) in order.
 *
 * <p>Usage: {@code PiniaComparison <dataset.json> <results.json>}.
 */
public final class PiniaComparison {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private PiniaComparison() {}

  /** Writes the datasets to {@code args[0]} and the query results to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PiniaComparison <dataset.json> <results.json>");
      System.exit(2);
    }
    Map<String, Tables> datasets = new LinkedHashMap<>();
    datasets.put("main", mainDataset());
    datasets.put("nullIdList", nullIdListDataset());

    Map<String, Object> dump = new LinkedHashMap<>();
    datasets.forEach((name, tables) -> dump.put(name, tables.dump()));
    write(Path.of(args[0]), ComparisonJson.write(dump));

    Map<String, Object> results = new LinkedHashMap<>();
    for (Case c : cases()) {
      Tables tables = Objects.requireNonNull(datasets.get(c.dataset()), c.dataset());
      Object result;
      try {
        result = c.run().apply(tables);
      } catch (RuntimeException e) {
        result = Map.of("error", e.toString());
      }
      results.put(c.name(), result);
    }
    write(Path.of(args[1]), ComparisonJson.write(results));
    System.out.println(
        "relata: " + results.size() + " queries on " + datasets.size() + " datasets -> " + args[1]);
  }

  private static void write(Path path, String text) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  // ---- The data ----

  /** The repositories of one store. */
  static final class Tables {
    final Store store = Store.inMemory();
    final CountryRepository countries = new CountryRepository(store);
    final UserRepository users = new UserRepository(store);
    final PhoneRepository phones = new PhoneRepository(store);
    final CategoryRepository categories = new CategoryRepository(store);
    final PostRepository posts = new PostRepository(store);
    final CommentRepository comments = new CommentRepository(store);
    final NodeRepository nodes = new NodeRepository(store);
    final ClusterRepository clusters = new ClusterRepository(store);
    final RegionRepository regions = new RegionRepository(store);

    /** Every table as Pinia ORM takes it: rows in insertion order, without relation values. */
    Map<String, Object> dump() {
      Map<String, Object> tables = new LinkedHashMap<>();
      tables.put("countries", rows(countries.all(), c -> map("id", c.id, "name", c.name)));
      tables.put(
          "users",
          rows(
              users.all(),
              u -> map("id", u.getId(), "name", u.getName(), "countryId", u.getCountryId())));
      tables.put(
          "phones",
          rows(phones.all(), p -> map("id", p.id(), "number", p.number(), "userId", p.userId())));
      tables.put(
          "categories",
          rows(
              categories.all(),
              c -> map("slug", c.slug, "name", c.name, "parentSlug", c.parentSlug)));
      tables.put(
          "posts",
          rows(
              posts.all(),
              p ->
                  map(
                      "id", p.getId(),
                      "title", p.getTitle(),
                      "publishedAt", p.getPublishedAt(),
                      "userId", p.getUserId(),
                      "categorySlug", p.getCategorySlug())));
      tables.put(
          "comments",
          rows(
              comments.all(),
              c ->
                  map(
                      "id",
                      c.id,
                      "body",
                      c.body,
                      "createdAt",
                      c.createdAt,
                      "postId",
                      c.postId,
                      "authorId",
                      c.authorId)));
      tables.put("nodes", rows(nodes.all(), n -> map("id", n.id(), "host", n.host())));
      tables.put(
          "clusters",
          rows(clusters.all(), c -> map("id", c.id, "name", c.name, "nodeIds", c.nodeIds)));
      tables.put(
          "compareRegions",
          rows(regions.all(), r -> map("id", r.id, "name", r.name, "countryId", r.countryId)));
      tables.values().removeIf(rows -> ((List<?>) rows).isEmpty());
      return tables;
    }
  }

  /**
   * The data of every query but one. Numeric keys ascend in insertion order except in {@code
   * nodes}, because Pinia ORM keeps rows in a JavaScript object, which lists integer keys in
   * ascending order whatever the order they were saved in (see the query "order: ...").
   */
  static Tables mainDataset() {
    Tables t = new Tables();

    // Countries: France's posts come from three users; Chile has no user; Elbonia's one user has no
    // post; Kiribati's first user has no post, its second has one.
    String[] countryNames = {"France", "Japan", "Chile", "Elbonia", "Kiribati"};
    for (int i = 0; i < countryNames.length; i++) {
      Country country = new Country(countryNames[i]);
      country.id = i + 1;
      t.countries.save(country);
    }

    t.users.saveAll(
        List.of(
            user(1, "ada", 1),
            user(2, "grace", 2),
            user(3, "linus", 1),
            user(4, "alan", null),
            user(5, "edsger", 4),
            user(6, "barbara", 5),
            user(7, "ken", 5),
            user(8, "margaret", 1)));

    // Linus has two phones (a has-one loads the first); one phone has no user, one a missing user.
    t.phones.saveAll(
        List.of(
            new Phone(uuid(1), "+33 1 00 00 00 01", 1L, null),
            new Phone(uuid(2), "+81 3 0000 0002", 2L, null),
            new Phone(uuid(3), "+358 1 0003", 3L, null),
            new Phone(uuid(4), "+358 9 0004", 3L, null),
            new Phone(uuid(5), "+1 555 0005", null, null),
            new Phone(uuid(6), "+1 555 0006", 99L, null)));

    // A tree of categories; "orphan" names a parent that does not exist, and one category's key is
    // the word "null".
    t.categories.saveAll(
        List.of(
            category("java", "Java", null),
            category("news", "News", null),
            category("records", "Records", "java"),
            category("streams", "Streams", "java"),
            category("weekly", "Weekly", "news"),
            category("sealed", "Sealed types", "records"),
            category("null", "Null safety", null),
            category("orphan", "Orphan", "gone")));

    t.posts.saveAll(
        List.of(
            post(1, "Relata intro", 1L, "java"),
            post(2, "Compilers", 2L, "news"),
            post(3, "Kernels", 3L, "java"),
            post(4, "Records", 1L, "records"),
            post(5, "Anonymous", null, null),
            post(6, "Turing machines", 4L, "news"),
            post(7, "Null safety", 3L, "null"),
            post(8, "Unix", 7L, "weekly"),
            post(9, "Apollo", 8L, "streams"),
            post(10, "Ghost", 99L, "gone"),
            post(11, "Cobol", 2L, "java"),
            post(12, "Assembly", 2L, "java")));

    // Post 1 has four comments; comments with no post, a missing post, no author, a missing author.
    t.comments.saveAll(
        List.of(
            comment(1, 1L, 2L, 10),
            comment(2, 1L, 3L, 12),
            comment(3, 2L, 1L, 11),
            comment(4, 1L, null, 14),
            comment(5, null, 1L, 9),
            comment(6, 3L, 2L, 13),
            comment(7, 99L, 1L, 15),
            comment(8, 4L, 8L, 16),
            comment(9, 1L, 7L, 13),
            comment(10, 3L, 1L, 8),
            comment(11, 11L, 99L, 17)));

    // Node 7 is saved after node 10.
    t.nodes.saveAll(
        List.of(
            new Node(1L, "n1"),
            new Node(2L, "n2"),
            new Node(3L, "n3"),
            new Node(4L, "n4"),
            new Node(10L, "n10"),
            new Node(7L, "n7")));

    // alpha lists a missing node (99) and node 3 twice.
    t.clusters.saveAll(
        List.of(
            cluster(1, "alpha", 3L, 1L, 99L, 3L),
            cluster(2, "beta", 2L),
            cluster(3, "gamma"),
            cluster(4, "delta", 7L, 10L, 4L)));

    // The region without a country meets alan, the user without a country, only if null matched
    // null.
    t.regions.saveAll(
        List.of(
            new Region(1L, "Kanto", 2),
            new Region(2L, "Unmapped", null),
            new Region(3L, "Atacama", 3)));
    return t;
  }

  /** A cluster whose list of node keys is {@code null}, beside one whose list is not. */
  static Tables nullIdListDataset() {
    Tables t = new Tables();
    t.nodes.saveAll(List.of(new Node(1L, "n1"), new Node(2L, "n2")));
    Cluster unlisted = cluster(2, "unlisted");
    unlisted.nodeIds = null;
    t.clusters.saveAll(List.of(cluster(1, "listed", 2L, 1L), unlisted));
    return t;
  }

  private static User user(long id, String name, Integer countryId) {
    User user = new User(name);
    user.setId(id);
    user.setCountryId(countryId);
    return user;
  }

  private static Category category(String slug, String name, String parentSlug) {
    Category category = new Category(slug, name);
    category.parentSlug = parentSlug;
    return category;
  }

  private static Post post(long id, String title, Long userId, String categorySlug) {
    Post post = new Post(title);
    post.setId(id);
    post.setPublishedAt(T0.plusSeconds(86_400 * id));
    post.setUserId(userId);
    post.setCategorySlug(categorySlug);
    return post;
  }

  private static Comment comment(int id, Long postId, Long authorId, int hour) {
    Comment comment = new Comment("comment " + id, T0.plusSeconds(3_600L * hour));
    comment.id = id;
    comment.postId = postId;
    comment.authorId = authorId;
    return comment;
  }

  private static Cluster cluster(long id, String name, Long... nodeIds) {
    Cluster cluster = new Cluster(name);
    cluster.id = id;
    cluster.nodeIds = new ArrayList<>(Arrays.asList(nodeIds));
    return cluster;
  }

  private static UUID uuid(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
  }

  // ---- The queries: the same names, in the same order, as QUERIES in compare.mjs ----

  record Case(String name, String dataset, Function<Tables, Object> run) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Cases main = (name, run) -> cases.add(new Case(name, "main", run));
    Comparator<Comment> newestFirst = Comparator.comparing(PiniaComparison::createdAt).reversed();
    Predicate<Country> japanOrChile = c -> List.of(2, 3).contains(key(c));

    // has many
    main.add(
        "hasMany: users with posts",
        t -> each(t.users.withPosts().get(), "posts", u -> ids(u.getPosts())));
    main.add(
        "hasMany: posts with comments",
        t -> each(t.posts.withComments().get(), "comments", p -> ids(p.getComments())));
    main.add(
        "hasMany: categories with posts (String keys)",
        t -> each(t.categories.withPosts().get(), "posts", c -> ids(posts(c))));

    // belongs to
    main.add(
        "belongsTo: comments with post",
        t -> each(t.comments.withPost().get(), "post", c -> key(post(c))));
    main.add(
        "belongsTo: comments with author",
        t -> each(t.comments.withAuthor().get(), "author", c -> key(author(c))));
    main.add(
        "belongsTo: posts with user (null and missing keys)",
        t -> each(t.posts.withUser().get(), "user", p -> key(p.getUser())));
    main.add(
        "belongsTo: users with country (null key)",
        t -> each(t.users.withCountry().get(), "country", u -> key(u.getCountry())));

    // has one
    main.add(
        "hasOne: users with phone",
        t -> each(t.users.withPhone().get(), "phone", u -> key(u.getPhone())));
    Comparator<Phone> byNumberDesc = Comparator.comparing(Phone::number).reversed();
    main.add(
        "hasOne: users with phone, orderBy number desc",
        t ->
            each(
                t.users.withPhone(p -> p.orderBy(byNumberDesc)).get(),
                "phone",
                u -> key(u.getPhone())));

    // nested
    main.add(
        "nested: users with posts with comments",
        t ->
            each(
                t.users.withPosts(p -> p.withComments()).get(),
                "posts",
                u -> each(u.getPosts(), "comments", p -> ids(p.getComments()))));
    main.add(
        "nested: comments with post with user with country",
        t ->
            each(
                t.comments.withPost(p -> p.withUser(u -> u.withCountry())).get(),
                "post",
                c ->
                    one(
                        post(c),
                        "user",
                        p -> one(p.getUser(), "country", u -> key(u.getCountry())))));

    // a relation to the same entity
    main.add(
        "self: categories with children",
        t -> each(t.categories.withChildren().get(), "children", c -> ids(children(c))));
    main.add(
        "self: root categories with children with children",
        t ->
            each(
                t.categories
                    .query()
                    .where(c -> parentSlug(c) == null)
                    .withChildren(c -> c.withChildren())
                    .get(),
                "children",
                c -> each(children(c), "children", k -> ids(children(k)))));
    main.add(
        "self: categories with parent",
        t -> each(t.categories.withParent().get(), "parent", c -> key(parent(c))));

    // has many through
    main.add(
        "hasManyThrough: countries with posts",
        t -> each(t.countries.withPosts().get(), "posts", c -> ids(posts(c))));
    main.add(
        "hasManyThrough: countries with one user each (Japan, Chile)",
        t ->
            each(
                t.countries.query().where(japanOrChile).withPosts().get(),
                "posts",
                c -> ids(posts(c))));
    main.add(
        "hasManyThrough: first user has no posts (Kiribati)",
        t ->
            each(
                t.countries.query().where(c -> key(c).equals(5)).withPosts().get(),
                "posts",
                c -> ids(posts(c))));
    main.add(
        "hasManyThrough: nested, posts with comments (Japan, Chile)",
        t ->
            each(
                t.countries.query().where(japanOrChile).withPosts(p -> p.withComments()).get(),
                "posts",
                c -> each(posts(c), "comments", p -> ids(p.getComments()))));
    main.add(
        "hasManyThrough: constrained, where + orderBy title (Japan, Chile)",
        t ->
            each(
                t.countries
                    .query()
                    .where(japanOrChile)
                    .withPosts(
                        p ->
                            p.where(x -> !x.getTitle().equals("Cobol"))
                                .orderBy(Comparator.comparing(Post::getTitle)))
                    .get(),
                "posts",
                c -> ids(posts(c))));
    main.add("hasManyThrough: has posts", t -> ids(t.countries.query().hasPosts().get()));
    main.add(
        "hasManyThrough: doesntHave posts", t -> ids(t.countries.query().doesntHavePosts().get()));

    // has many by
    main.add(
        "hasManyBy: clusters with nodes (missing and repeated keys)",
        t -> each(t.clusters.withNodes().get(), "nodes", c -> ids(c.nodes)));
    main.add(
        "hasManyBy: with where",
        t ->
            each(
                t.clusters.withNodes(n -> n.where(x -> !x.host().equals("n3"))).get(),
                "nodes",
                c -> ids(c.nodes)));
    main.add("hasManyBy: has nodes", t -> ids(t.clusters.query().hasNodes().get()));
    main.add("hasManyBy: doesntHave nodes", t -> ids(t.clusters.query().doesntHaveNodes().get()));
    main.add(
        "hasManyBy: whereHas node n2",
        t -> ids(t.clusters.query().hasNodes(n -> n.where(x -> x.host().equals("n2"))).get()));
    Comparator<Node> byHostDesc = Comparator.comparing(Node::host).reversed();
    main.add(
        "hasManyBy: orderBy host desc inside with",
        t ->
            each(
                t.clusters.withNodes(n -> n.orderBy(byHostDesc)).get(),
                "nodes",
                c -> ids(c.nodes)));
    main.add(
        "hasManyBy: limit 1 inside with",
        t -> each(t.clusters.withNodes(n -> n.limit(1)).get(), "nodes", c -> ids(c.nodes)));
    cases.add(
        new Case(
            "hasManyBy: a null key list loads no nodes",
            "nullIdList",
            t -> each(t.clusters.withNodes().get(), "nodes", c -> ids(c.nodes))));

    // null keys
    main.add(
        "null keys: hasMany on a null local key (regions with users)",
        t -> each(t.regions.withUsers().get(), "users", r -> ids(r.users)));
    main.add(
        "null keys: hasOne on a null local key (regions with firstUser)",
        t -> each(t.regions.withFirstUser().get(), "firstUser", r -> key(r.firstUser)));
    main.add(
        "null keys: hasManyThrough on a null local key (regions with posts)",
        t -> each(t.regions.withPosts().get(), "posts", r -> ids(r.posts)));
    main.add(
        "null keys: posts with category, a null key and the key \"null\"",
        t -> each(t.posts.withCategory().get(), "category", p -> key(p.getCategory())));

    // existence filters
    main.add("existence: users has posts", t -> ids(t.users.query().hasPosts().get()));
    main.add(
        "existence: users doesntHave posts", t -> ids(t.users.query().doesntHavePosts().get()));
    main.add("existence: users has phone (hasOne)", t -> ids(t.users.query().hasPhone().get()));
    main.add(
        "existence: comments doesntHave post (belongsTo, null and missing keys)",
        t -> ids(t.comments.query().doesntHavePost().get()));
    main.add(
        "existence: categories has children (self)",
        t -> ids(t.categories.query().hasChildren().get()));
    main.add(
        "existence: posts whereHas comments by author 1",
        t -> ids(t.posts.query().hasComments(c -> c.where(x -> authorIs(x, 1L))).get()));
    main.add(
        "existence: posts whereDoesntHave comments by author 1",
        t -> ids(t.posts.query().doesntHaveComments(c -> c.where(x -> authorIs(x, 1L))).get()));
    main.add(
        "existence: posts with 2 or more comments",
        t -> ids(t.posts.query().hasComments(c -> c.offset(1)).get()));
    main.add(
        "existence: whereHas with offset 1 inside",
        t -> ids(t.posts.query().hasComments(c -> c.offset(1)).get()));

    // constrained eager loading
    main.add(
        "constrained: posts with comments where author 1",
        t ->
            each(
                t.posts.withComments(c -> c.where(x -> authorIs(x, 1L))).get(),
                "comments",
                p -> ids(p.getComments())));
    main.add(
        "constrained: posts with comments orderBy createdAt desc",
        t ->
            each(
                t.posts.withComments(c -> c.orderBy(newestFirst)).get(),
                "comments",
                p -> ids(p.getComments())));
    main.add(
        "constrained: posts with comments where author not null, orderBy createdAt desc",
        t ->
            each(
                t.posts
                    .withComments(c -> c.where(x -> authorId(x) != null).orderBy(newestFirst))
                    .get(),
                "comments",
                p -> ids(p.getComments())));
    main.add(
        "constrained: posts with their 2 newest comments (limit inside with)",
        t ->
            each(
                t.posts.withComments(c -> c.orderBy(newestFirst).limit(2)).get(),
                "comments",
                p -> ids(p.getComments())));

    // the root query
    main.add(
        "root: posts orderBy title desc, limit 3, with comments",
        t ->
            each(
                t.posts
                    .query()
                    .orderBy(Comparator.comparing(Post::getTitle).reversed())
                    .limit(3)
                    .withComments()
                    .get(),
                "comments",
                p -> ids(p.getComments())));
    main.add(
        "root: users where countryId 1, limit 2",
        t -> ids(t.users.query().where(u -> Objects.equals(u.getCountryId(), 1)).limit(2).get()));
    main.add(
        "withAll: users",
        t ->
            rows(
                t.users.withAll().get(),
                u ->
                    row(
                        u,
                        "phone",
                        key(u.getPhone()),
                        "posts",
                        ids(u.getPosts()),
                        "country",
                        key(u.getCountry()))));
    main.add("order: nodes in insertion order", t -> ids(t.nodes.all()));
    return cases;
  }

  /** Adds a query on the main dataset. */
  @FunctionalInterface
  private interface Cases {
    void add(String name, Function<Tables, Object> run);
  }

  // ---- Result shapes ----

  /** The key of a row of any of the entities, or {@code null}. */
  static Object key(Object row) {
    if (row == null) {
      return null;
    } else if (row instanceof User u) {
      return u.getId();
    } else if (row instanceof Post p) {
      return p.getId();
    } else if (row instanceof Phone p) {
      return p.id();
    } else if (row instanceof Node n) {
      return n.id();
    } else if (row instanceof Cluster c) {
      return c.id;
    } else if (row instanceof Region r) {
      return r.id;
    } else if (row instanceof Category c) {
      return c.slug;
    } else if (row instanceof Comment c) {
      return c.id;
    } else {
      return ((Country) row).id;
    }
  }

  /** The keys of the rows, in order; {@code null} for a relation that was not loaded. */
  private static List<Object> ids(List<?> rows) {
    return rows(rows, PiniaComparison::key);
  }

  /** Each row as {@code {"id": key, relation: value}}. */
  private static <T> List<Object> each(List<T> rows, String relation, Function<T, Object> value) {
    return rows(rows, r -> row(r, relation, value.apply(r)));
  }

  /** A to-one row as {@code {"id": key, relation: value}}, or {@code null}. */
  private static <T> Object one(T row, String relation, Function<T, Object> value) {
    return row == null ? null : row(row, relation, value.apply(row));
  }

  private static <T> List<Object> rows(List<T> rows, Function<T, Object> shape) {
    if (rows == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(rows.size());
    for (T row : rows) {
      out.add(shape.apply(row));
    }
    return out;
  }

  private static Map<String, Object> row(Object entity, Object... relations) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", key(entity));
    for (int i = 0; i < relations.length; i += 2) {
      row.put((String) relations[i], relations[i + 1]);
    }
    return row;
  }

  private static Map<String, Object> map(Object... entries) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      map.put((String) entries[i], entries[i + 1]);
    }
    return map;
  }

  // ---- The plain fields of Comment, Category and Country, named for the queries above ----

  private static Instant createdAt(Comment c) {
    return c.createdAt;
  }

  private static Long authorId(Comment c) {
    return c.authorId;
  }

  private static boolean authorIs(Comment c, Long authorId) {
    return authorId.equals(c.authorId);
  }

  private static Post post(Comment c) {
    return c.post;
  }

  private static User author(Comment c) {
    return c.author;
  }

  private static Object parentSlug(Category c) {
    return c.parentSlug;
  }

  private static Category parent(Category c) {
    return c.parent;
  }

  private static List<Category> children(Category c) {
    return c.children;
  }

  private static List<Post> posts(Category c) {
    return c.posts;
  }

  private static List<Post> posts(Country c) {
    return c.posts;
  }
}
