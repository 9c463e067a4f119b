package dev.relata.examples.blog;

import dev.relata.DeleteRestrictedException;
import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import dev.relata.examples.cluster.Cluster;
import dev.relata.examples.cluster.ClusterRepository;
import dev.relata.examples.cluster.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small blog on Relata: users with a phone, posts, comments, a category tree, countries whose
 * posts are reached through their users, and clusters that list their nodes by key. Each section
 * shows one feature and prints what it did; the last loads a JSON dataset in an API's shape
 * ({@code blog-dataset.json}), queries it and exports a snapshot of the store.
 */
public final class BlogApplication {
  private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

  private final PrintStream out;
  private final Store store = Store.inMemory();
  private final UserRepository users = new UserRepository(store);
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);
  private final CategoryRepository categories = new CategoryRepository(store);
  private final CountryRepository countries = new CountryRepository(store);
  private final ClusterRepository clusters = new ClusterRepository(store);

  /** Where the JSON section writes its snapshot. */
  private final Path snapshot;

  BlogApplication(PrintStream out, Path snapshot) {
    this.out = out;
    this.snapshot = snapshot;
  }

  /** Runs every section; the argument, if any, is the file the snapshot goes to. */
  public static void main(String[] args) throws IOException {
    Path snapshot =
        args.length > 0 ? Path.of(args[0]) : Files.createTempFile("relata-blog-", ".json");
    new BlogApplication(System.out, snapshot).run();
  }

  void run() {
    saveNestedGraph();
    eagerLoading();
    constrainedLoading();
    existenceFilters();
    typedConditions();
    resolvers();
    categoryTree();
    hasManyThrough();
    hasManyBy();
    onDelete();
    atomicWrites();
    json();
  }

  /**
   * One save stores a whole graph: keys are assigned, foreign keys written, parents saved first.
   */
  private void saveNestedGraph() {
    section("Saving a nested graph in one atomic write: users.saveAll(...)");
    Category java = new Category("java", "Java");
    Category records = new Category("records", "Records");
    records.parent = java;
    Category news = new Category("news", "News");

    User ada = new User("Ada");
    ada.setCountry(new Country("France"));
    ada.setPhone(Phone.of("+33 1 23 45 67 89"));
    Post relations = post("Relations, checked by the compiler", 0, records);
    relations.setComments(
        List.of(comment("Finally!", 1), comment("What about records?", 2), comment("Nice", 3)));
    ada.setPosts(List.of(relations, post("Indexes everywhere", 5, java)));

    User grace = new User("Grace");
    grace.setCountry(new Country("United States"));
    Post release = post("Relata 0.1 is out", 7, news);
    release.setComments(List.of(comment("Congratulations", 8)));
    grace.setPosts(List.of(release, post("No comments yet", 9, news)));

    users.saveAll(List.of(ada, grace));
    categories.save(news);
    out.printf(
        "  %s got key %d, country key %d, phone key %s%n",
        ada.getName(), ada.getId(), ada.getCountryId(), ada.getPhone().id());
    out.printf(
        "  %s -> userId %d, categorySlug %s%n",
        relations, relations.getUserId(), relations.getCategorySlug());
    out.printf(
        "  stored: %d users, %d posts, %d comments, %d categories, %d countries%n",
        users.count(), posts.count(), comments.count(), categories.count(), countries.count());
  }

  /** Relations load in one pass over the key indexes: no N+1, no table scan. */
  private void eagerLoading() {
    section("Eager loading: users.withPhone().withPosts(p -> p.withComments()).get()");
    for (User user : users.withPhone().withPosts(p -> p.withComments()).get()) {
      out.printf(
          "  %s, phone %s%n", user, user.getPhone() == null ? "none" : user.getPhone().number());
      for (Post post : user.getPosts()) {
        out.printf("    %s with %d comments%n", post, post.getComments().size());
        for (Comment comment : post.getComments()) {
          out.printf("      %s%n", comment);
        }
      }
    }
    Comment first = comments.withPost(p -> p.withUser()).first().orElseThrow();
    out.printf(
        "  comments.withPost(p -> p.withUser()): %s on %s by %s%n",
        first, first.post, first.post.getUser());
  }

  /** The constraint's orderBy and limit hold for each post on its own. */
  private void constrainedLoading() {
    section("Constrained loading: the two newest comments of every post");
    List<Post> loaded =
        posts
            .query()
            .orderBy(Post_.title.asc())
            .withComments(c -> c.orderBy(Comment_.createdAt.desc()).limit(2))
            .get();
    for (Post post : loaded) {
      out.printf("  %s: %s%n", post, post.getComments());
    }
  }

  private void existenceFilters() {
    section("Existence filters: hasComments(), doesntHaveComments(), hasComments(c -> ...)");
    out.printf("  with comments:    %s%n", posts.query().hasComments().get());
    out.printf("  without comments: %s%n", posts.query().doesntHaveComments().get());
    out.printf("  with 2+ comments: %s%n", posts.query().hasComments(c -> c.offset(1)).get());
    out.printf(
        "  with a comment saying \"Nice\": %s%n",
        posts.query().hasComments(c -> c.where(Comment_.body.eq("Nice"))).get());
    out.printf(
        "  count %d, exists %b%n",
        posts.query().hasComments().count(), posts.query().doesntHaveComments().exists());
  }

  /**
   * Typed fields ({@code Post_}) make conditions and orders that the store answers through indexes:
   * {@code publishedAt} has a sorted one, {@code userId} the index of its relation.
   */
  private void typedConditions() {
    section("Typed conditions and indexes: Post_.publishedAt.desc(), Post_.title.startsWith(...)");
    out.printf(
        "  the two newest posts: %s%n",
        posts.query().orderBy(Post_.publishedAt.desc()).limit(2).get());
    out.printf(
        "  published after 09:02: %s%n",
        posts.query().where(Post_.publishedAt.gt(T0.plusSeconds(120))).get());
    User ada = users.query().where(User_.name.eq("Ada")).first().orElseThrow();
    out.printf(
        "  Ada's posts starting with \"Rel\": %s%n",
        posts.query().where(Post_.userId.eq(ada.getId()).and(Post_.title.startsWith("Rel"))).get());
  }

  /** A resolver reads and writes the relation of one row, at once and atomically. */
  private void resolvers() {
    section("Relation resolvers: posts.comments(post), users.phone(user), comments.post(comment)");
    Post post = posts.query().where(Post_.title.startsWith("Indexes")).first().orElseThrow();
    Comment created = posts.comments(post).create(comment("Fast, too", 10));
    out.printf(
        "  posts.comments(%s).create(...) -> %s with postId %d%n", post, created, created.postId);
    out.printf(
        "  count %d, findById(%d) -> %s%n",
        posts.comments(post).count(), created.id, posts.comments(post).findById(created.id));
    Comment elsewhere = comments.query().where(Comment_.body.eq("Finally!")).first().orElseThrow();
    out.printf(
        "  destroy(%d), a comment of another post -> %b (nothing removed)%n",
        elsewhere.id, posts.comments(post).destroy(elsewhere.id));

    User grace = users.query().where(User_.name.eq("Grace")).first().orElseThrow();
    Phone phone = users.phone(grace).save(Phone.of("+1 555 0100"));
    out.printf("  users.phone(Grace).save(...) -> %s%n", phone);
    out.printf("  users.phone(Grace).find() -> %s%n", users.phone(grace).find().map(Phone::number));

    comments.post(created).associate(posts.find(1L).orElseThrow());
    out.printf("  comments.post(%s).associate(post 1) -> postId %d%n", created, created.postId);
  }

  private void categoryTree() {
    section("A tree: categories with their parent and children (a relation to the same entity)");
    List<Category> roots =
        categories
            .query()
            .where(Category_.parentSlug.isNull())
            .withPosts()
            .withChildren(c -> c.withChildren().withPosts())
            .get();
    for (Category root : roots) {
      printTree(root, "  ");
    }
    Category records =
        categories.withParent().where(Category_.slug.eq("records")).first().orElseThrow();
    out.printf("  records.parent -> %s%n", records.parent);
  }

  private void printTree(Category category, String indent) {
    out.printf(
        "%s%s (%s)%s%n",
        indent,
        category.name,
        category.slug,
        category.posts == null ? "" : " posts: " + category.posts);
    for (Category child : category.children) {
      printTree(child, indent + "  ");
    }
  }

  private void hasManyThrough() {
    section("Has many through: countries.withPosts() reaches posts through users");
    for (Country country : countries.withPosts().get()) {
      out.printf("  %s: %s%n", country, country.posts);
    }
    Country france = countries.query().where(Country_.name.eq("France")).first().orElseThrow();
    out.printf("  countries.posts(France).count() -> %d%n", countries.posts(france).count());
  }

  private void hasManyBy() {
    section("Has many by: a cluster lists its nodes by key (nodeIds)");
    Cluster cluster = new Cluster("eu-west");
    cluster.nodes = List.of(Node.of("node-a"), Node.of("node-b"));
    clusters.save(cluster);
    out.printf("  saved %s: the nodes were saved and their keys written into nodeIds%n", cluster);
    Node added = clusters.nodes(cluster).attach(Node.of("node-c"));
    Long first = cluster.nodeIds.get(0);
    clusters.nodes(cluster).detach(first);
    out.printf("  attach(%s), detach(%d) -> nodeIds %s%n", added, first, cluster.nodeIds);
    Cluster loaded = clusters.withNodes().first().orElseThrow();
    out.printf("  clusters.withNodes() -> %s in list order%n", loaded.nodes);
  }

  private void onDelete() {
    section("onDelete: RESTRICT, SET_NULL and CASCADE");
    try {
      categories.delete("java");
    } catch (DeleteRestrictedException e) {
      out.printf("  categories.delete(\"java\") refused: %s%n", e.getMessage());
    }
    categories.delete("news");
    out.printf(
        "  categories.delete(\"news\") cleared the category of its posts: %s%n",
        posts.query().where(Post_.categorySlug.isNull()).get());
    User ada = users.query().where(User_.name.eq("Ada")).first().orElseThrow();
    long before = comments.count();
    users.delete(ada.getId());
    out.printf(
        "  users.delete(Ada) cascaded: %d users, %d posts, %d comments (was %d)%n",
        users.count(), posts.count(), comments.count(), before);
  }

  private void atomicWrites() {
    section("Atomic writes: a failed write changes nothing");
    Post existing = posts.all().get(0);
    Post copy = post("A post with a taken key", 11, null);
    copy.setId(existing.getId());
    long before = posts.count();
    try {
      posts.insert(copy);
    } catch (DuplicateKeyException e) {
      out.printf(
          "  posts.insert(...) -> %s; posts before %d, after %d%n",
          e.getMessage(), before, posts.count());
    }
  }

  /**
   * A dataset in an API's shape, nested, saved in one atomic write; queries over it; a loaded tree
   * as JSON; and a snapshot of the whole store, written to a file and read into another store.
   */
  private void json() {
    section("JSON: users.saveJson(reader), posts.toJson(..), store.exportJson(path)");
    Store loaded = Store.inMemory();
    UserRepository users = new UserRepository(loaded);
    PostRepository posts = new PostRepository(loaded);
    List<User> saved;
    try (Reader dataset = resource("/blog-dataset.json")) {
      saved = users.saveJson(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(
        "  blog-dataset.json: %d users saved with %d posts, %d comments, %d categories%n",
        saved.size(),
        posts.count(),
        new CommentRepository(loaded).count(),
        new CategoryRepository(loaded).count());
    for (User user : users.withPosts(p -> p.withComments()).withCountry().get()) {
      out.printf("  %s from %s:%n", user, user.getCountry().name);
      for (Post post : user.getPosts()) {
        out.printf("    %s, %d comments%n", post, post.getComments().size());
      }
    }
    out.printf(
        "  news: %s%n",
        posts.query().where(p -> "news".equals(p.getCategorySlug())).get());
    Post quiet = posts.query().doesntHaveComments().withCategory().first().orElseThrow();
    out.printf("  posts.toJson(..) of a loaded post: %s%n", posts.toJson(quiet));

    loaded.exportJson(snapshot);
    Store copy = Store.inMemory();
    long rows = copy.importJson(snapshot);
    out.printf(
        "  exported a snapshot to %s (%d bytes); imported into another store: %d rows, %d posts%n",
        snapshot.getFileName(), size(snapshot), rows, new PostRepository(copy).count());
  }

  private static Reader resource(String name) {
    InputStream in = BlogApplication.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("no resource " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Post post(String title, int minutes, Category category) {
    Post post = new Post(title);
    post.setPublishedAt(T0.plusSeconds(60L * minutes));
    post.setCategory(category);
    post.setComments(new ArrayList<>());
    return post;
  }

  private static Comment comment(String body, int minutes) {
    return new Comment(body, T0.plusSeconds(60L * minutes));
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }
}
