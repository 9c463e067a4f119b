package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.relata.BelongsToResolver;
import dev.relata.HasManyByResolver;
import dev.relata.HasManyResolver;
import dev.relata.HasManyThroughResolver;
import dev.relata.HasOneResolver;
import dev.relata.Query;
import dev.relata.RelataException;
import dev.relata.Repository;
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
import dev.relata.examples.transactions.model.Account;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 5: every public method of the runtime's API (the {@link Store}, every generated
 * repository and query with what they inherit, and the resolvers they make), given a bad argument
 * ({@code null}, a collection holding {@code null}, an entity or key of another type through the
 * erased generic signature, a negative page), throws a {@link NullPointerException} or {@link
 * IllegalArgumentException} that names the argument, and leaves the store as it was. Methods are
 * found by reflection, so a public method added without an entry in {@link #NAMES} fails the test.
 * Resolvers of an unsaved parent refuse every write, and a transaction started in a query callback
 * is refused; neither changes anything.
 */
class BadArgumentsTest {

  /**
   * What each method's argument is called in its exception, by
   * "DeclaringClass.method(ParameterType)". {@code {Entity}} stands for the entity's simple class
   * name and {@code {entities}} for its entity name. Methods declared by generated classes follow
   * one rule (see {@link #nameOf}).
   */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("Store.transaction(Runnable)", "work"),
          Map.entry("Store.transaction(Supplier)", "work"),
          Map.entry("Store.exportJson(Path)", "file"),
          Map.entry("Store.importJson(String)", "json"),
          Map.entry("Store.importJson(Path)", "file"),
          Map.entry("Repository.saveJson(String)", "json"),
          Map.entry("Repository.saveJson(Reader)", "json"),
          Map.entry("Repository.toJson(List)", "{entities}"),
          Map.entry("Repository.toJson(Object)", "{Entity}"),
          Map.entry("Repository.save(Object)", "{Entity}"),
          Map.entry("Repository.insert(Object)", "{Entity}"),
          Map.entry("Repository.saveAll(Collection)", "{entities}"),
          Map.entry("Repository.find(Object)", "{Entity} id"),
          Map.entry("Repository.delete(Object)", "{Entity} id"),
          Map.entry("Repository.findAll(Collection)", "{Entity} ids"),
          Map.entry("Query.where(Predicate)", "condition"),
          Map.entry("Query.orderBy(Comparator)", "comparator"),
          Map.entry("Query.limit(int)", "limit"),
          Map.entry("Query.offset(int)", "offset"),
          Map.entry("HasManyResolver.find(Predicate)", "condition"),
          Map.entry("HasManyResolver.findById(Object)", "id"),
          Map.entry("HasManyResolver.destroy(Object)", "id"),
          Map.entry("HasManyResolver.build(Object)", "child"),
          Map.entry("HasManyResolver.create(Object)", "child"),
          Map.entry("HasManyResolver.save(Object)", "child"),
          Map.entry("HasManyResolver.createMany(Collection)", "children"),
          Map.entry("HasManyResolver.saveMany(Collection)", "children"),
          Map.entry("HasOneResolver.create(Object)", "child"),
          Map.entry("HasOneResolver.save(Object)", "child"),
          Map.entry("BelongsToResolver.associate(Object)", "parent"),
          Map.entry("HasManyByResolver.attach(Object)", "target"),
          Map.entry("HasManyByResolver.attach(Comparable)", "id"),
          Map.entry("HasManyByResolver.detach(Comparable)", "id"));

  /** The API types whose methods are walked, with the generated subclasses met. */
  private static final Set<Class<?>> API =
      Set.of(
          Store.class,
          Repository.class,
          Query.class,
          HasManyResolver.class,
          HasOneResolver.class,
          BelongsToResolver.class,
          HasManyByResolver.class,
          HasManyThroughResolver.class);

  private final Store store = Store.inMemory();
  private final UserRepository users = new UserRepository(store);
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);
  private final PhoneRepository phones = new PhoneRepository(store);
  private final CategoryRepository categories = new CategoryRepository(store);
  private final CountryRepository countries = new CountryRepository(store);
  private final ClusterRepository clusters = new ClusterRepository(store);
  private final NodeRepository nodes = new NodeRepository(store);
  private final List<Repository<?, ?, ?>> repositories =
      List.of(users, posts, comments, phones, categories, countries, clusters, nodes);

  /** The methods checked, and the classes walked: the walk must reach every API type. */
  private final Set<String> checked = new TreeSet<>();

  private final Set<Class<?>> reached = new HashSet<>();

  BadArgumentsTest() {
    Country france = new Country("France");
    User ada = new User("ada");
    ada.setCountry(france);
    ada.setPhone(Phone.of("555"));
    Post post = new Post("Hello");
    post.setCategory(new Category("news", "News"));
    Comment first = new Comment("first", Instant.EPOCH);
    first.author = ada;
    post.setComments(List.of(first));
    ada.setPosts(List.of(post));
    users.save(ada);
    Cluster cluster = new Cluster("main");
    cluster.nodes = List.of(Node.of("a"), Node.of("b"));
    clusters.save(cluster);
  }

  /** Every row, every relation loaded one level, every count, and the next keys. */
  private List<String> snapshot() {
    List<String> state = new ArrayList<>();
    for (Repository<?, ?, ?> repository : repositories) {
      state.add(repository + " " + repository.count() + " " + repository.all());
      for (Object row : repository.withAll().get()) {
        state.add(describe(row));
      }
    }
    try {
      store.transaction(
          () -> {
            throw new IllegalStateException(
                users.save(new User("probe")).getId()
                    + " "
                    + posts.save(new Post("probe")).getId()
                    + " "
                    + comments.save(new Comment("probe", Instant.EPOCH)).id
                    + " "
                    + countries.save(new Country("probe")).id
                    + " "
                    + clusters.save(new Cluster("probe")).id
                    + " "
                    + nodes.save(Node.of("probe")).id());
          });
    } catch (IllegalStateException probed) {
      state.add("next keys " + probed.getMessage());
    }
    return state;
  }

  private static String describe(Object row) {
    if (row instanceof Post p) {
      return p + " " + p.getComments() + " " + p.getUser() + " " + p.getCategory();
    } else if (row instanceof User u) {
      return u + " " + u.getPosts() + " " + u.getPhone() + " " + u.getCountry();
    } else if (row instanceof Comment c) {
      return c + " " + c.post + " " + c.author;
    } else if (row instanceof Category c) {
      return c + " " + c.parent + " " + c.children + " " + c.posts;
    } else if (row instanceof Country c) {
      return c + " " + c.users + " " + c.posts;
    } else if (row instanceof Cluster c) {
      return c + " " + c.nodes;
    }
    return String.valueOf(row);
  }

  @Test
  void everyPublicMethodRefusesBadArgumentsNamingThemAndChangesNothing() throws Exception {
    List<String> before = snapshot();

    walk(store, "Store", "Store");
    for (Repository<?, ?, ?> repository : repositories) {
      Object stored = repository.all().get(0);
      String entity = stored.getClass().getSimpleName();
      String entities = repository.toString().replaceAll(".*\\[(.*)]", "$1");
      walk(repository, entity, entities);
      walk(repository.query(), entity, entities);
      for (Method method : repository.getClass().getDeclaredMethods()) {
        if (isResolverFactory(method)) {
          walk(method.invoke(repository, stored), entity, entities);
        }
      }
      for (Constructor<?> constructor : repository.getClass().getConstructors()) {
        expectRefusal(
            constructor.toString(), () -> constructor.newInstance((Object) null), "store", true);
      }
    }

    assertEquals(before, snapshot(), "a bad argument changed the store");
    for (Class<?> type : API) {
      assertTrue(
          reached.stream().anyMatch(type::isAssignableFrom),
          "no " + type.getSimpleName() + " was walked: " + reached);
    }
    assertTrue(checked.size() > 100, "methods checked: " + checked);
  }

  private static boolean isResolverFactory(Method method) {
    return Modifier.isPublic(method.getModifiers())
        && method.getParameterCount() == 1
        && API.stream().anyMatch(api -> api.isAssignableFrom(method.getReturnType()))
        && !Query.class.isAssignableFrom(method.getReturnType());
  }

  /** Calls every public method of {@code receiver} that takes an argument, with bad ones. */
  private void walk(Object receiver, String entity, String entities) throws Exception {
    reached.add(receiver.getClass());
    for (Method method : receiver.getClass().getMethods()) {
      if (method.getDeclaringClass() == Object.class
          || method.isBridge()
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() == 0) {
        continue;
      }
      assertEquals(1, method.getParameterCount(), method + ": a new shape of method to walk");
      Class<?> parameter = method.getParameterTypes()[0];
      String name = nameOf(method, parameter);
      if (name == null) {
        continue; // a primitive key (find(long), destroy(int)): every value is a key
      }
      String argument = name.replace("{Entity}", entity).replace("{entities}", entities);
      for (Object bad : badValues(parameter)) {
        boolean isNull = bad == null || bad instanceof Collection<?> c && c.contains(null);
        expectRefusal(
            receiver.getClass().getSimpleName() + "." + signature(method) + " with " + bad,
            () -> method.invoke(receiver, bad),
            argument,
            isNull);
      }
      checked.add(method.getDeclaringClass().getSimpleName() + "." + signature(method));
    }
  }

  /**
   * The name {@code method}'s argument goes by, or null for a primitive that needs no check. A
   * method that generated code declares takes a related entity's query constraint or the entity of
   * its resolver.
   */
  private static String nameOf(Method method, Class<?> parameter) {
    Class<?> declaring = method.getDeclaringClass();
    String key = declaring.getSimpleName() + "." + signature(method);
    if (API.contains(declaring) || declaring.getEnclosingClass() != null) {
      String name = NAMES.get(key);
      if (name == null && parameter.isPrimitive()) {
        return null;
      }
      if (name == null) {
        fail("no expectation for " + key + ": add what its argument is called to NAMES");
      }
      return name;
    }
    if (parameter.isPrimitive()) {
      return null;
    }
    return parameter == Function.class ? "constraint" : "{Entity}";
  }

  private static String signature(Method method) {
    return method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")";
  }

  /** Values of {@code parameter}'s type that break its contract. */
  private static List<Object> badValues(Class<?> parameter) {
    // An entity of a class that this store holds nowhere, so of another type for every receiver.
    Object otherEntity = new Account("wrong", 0);
    List<Object> bad = new ArrayList<>();
    if (parameter == int.class) {
      bad.add(-1);
      return bad;
    }
    bad.add(null);
    if (parameter == Object.class) {
      bad.add(otherEntity); // an entity or a key through the erased signature
    } else if (parameter == Comparable.class) {
      bad.add(Boolean.TRUE); // a key of no key type
    } else if (parameter == Collection.class) {
      bad.add(Arrays.asList(otherEntity));
      bad.add(Arrays.asList((Object) null));
    }
    return bad;
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static void expectRefusal(String what, Call call, String argument, boolean isNull) {
    Throwable thrown = null;
    try {
      call.run();
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (Exception e) {
      fail(what + ": could not call it: " + e);
    }
    assertNotNull(thrown, what + ": nothing was thrown");
    Class<? extends RuntimeException> expected =
        isNull ? NullPointerException.class : IllegalArgumentException.class;
    assertEquals(expected, thrown.getClass(), what + ": " + thrown);
    String message = thrown.getMessage();
    assertTrue(
        message != null && message.startsWith(argument + " "),
        what + ": the message does not start with the argument, " + argument + ": " + message);
    assertTrue(
        message.contains(isNull ? "must not" : "must "),
        what + ": the message does not say what is wrong: " + message);
  }

  @Test
  void resolversOfAnUnsavedParentRefuseEveryWriteNamingEntityAndKeyAndChangeNothing() {
    List<String> before = snapshot();
    Post post = new Post("never saved");
    User user = new User("never saved");
    Comment comment = new Comment("never saved", Instant.EPOCH);
    Cluster cluster = new Cluster("never saved");
    Post stored = posts.all().get(0);
    Node node = nodes.all().get(0);

    List<Supplier<Object>> writes =
        List.of(
            () -> posts.comments(post).build(new Comment("c", Instant.EPOCH)),
            () -> posts.comments(post).create(new Comment("c", Instant.EPOCH)),
            () -> posts.comments(post).createMany(List.of(new Comment("c", Instant.EPOCH))),
            () -> posts.comments(post).save(new Comment("c", Instant.EPOCH)),
            () -> posts.comments(post).saveMany(List.of(new Comment("c", Instant.EPOCH))),
            () -> posts.comments(post).destroy(1),
            () -> posts.comments(post).destroyAll(),
            () -> users.phone(user).create(Phone.of("1")),
            () -> users.phone(user).save(Phone.of("1")),
            () -> users.phone(user).destroy(),
            () -> comments.post(comment).associate(stored),
            () -> comments.post(comment).dissociate(),
            () -> clusters.nodes(cluster).attach(Node.of("c")),
            () -> clusters.nodes(cluster).attach(node.id()),
            () -> clusters.nodes(cluster).detach(node.id()));
    for (int i = 0; i < writes.size(); i++) {
      Supplier<Object> write = writes.get(i);
      IllegalArgumentException thrown = null;
      try {
        write.get();
      } catch (IllegalArgumentException e) {
        thrown = e;
      }
      assertNotNull(thrown, "write " + i + " was not refused");
      assertTrue(
          thrown
              .getMessage()
              .matches("cannot .*: the \\w+ has no key \\((null|0)\\); save the parent first"),
          "write " + i + ": " + thrown.getMessage());
    }
    assertEquals(List.of(), posts.comments(post).find(), "reads find nothing");
    assertFalse(users.phone(user).find().isPresent());

    Post deleted = posts.all().get(0);
    posts.delete(deleted.getId());
    List<String> withoutThePost = snapshot();
    IllegalArgumentException stale =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> posts.comments(deleted).create(new Comment("c", Instant.EPOCH)));
    assertEquals(
        "cannot create Post.comments: posts "
            + deleted.getId()
            + " is not stored; save the parent first",
        stale.getMessage());
    assertEquals(withoutThePost, snapshot());
    assertFalse(before.equals(withoutThePost));
  }

  @Test
  void aTransactionStartedInsideAReadCallbackIsRefusedAndChangesNothing() {
    List<String> before = snapshot();
    AtomicBoolean ran = new AtomicBoolean();
    List<RelataException> refused = new ArrayList<>();

    long count =
        posts
            .query()
            .where(
                p -> {
                  try {
                    store.transaction(() -> ran.set(posts.deleteAll() > 0));
                  } catch (RelataException e) {
                    refused.add(e);
                  }
                  return true;
                })
            .count();

    assertEquals(1, count);
    assertFalse(ran.get());
    assertEquals(1, refused.size());
    assertTrue(refused.get(0).getMessage().startsWith("cannot start a transaction"));
    assertEquals(before, snapshot());
  }
}
