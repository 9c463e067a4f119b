package dev.relata.examples.benchmark;

import dev.relata.examples.benchmark.jpa.JpaComment;
import dev.relata.examples.benchmark.jpa.JpaCountry;
import dev.relata.examples.benchmark.jpa.JpaPost;
import dev.relata.examples.benchmark.jpa.JpaUser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 7 on an H2 database in memory ({@code hibernate}) or on a database of the embedded
 * PostgreSQL ({@code hibernate-pg}), used as its manual says: annotated JPA entities ({@code
 * benchmark.jpa}), the schema made by Hibernate with the same indexes as {@link H2Contender}'s and,
 * like it, no foreign-key constraints, JDBC batches of 1,000 for the saves (through a {@link
 * StatelessSession}), and each read one session and one HQL query with {@code join fetch} for what
 * it loads (two for a relation through another). Every read hands out fresh objects of the
 * benchmark's classes, as the other contenders do, so the entities are copied into them; a to-one
 * parent is one copy per parent, as Hibernate's persistence context gives one entity per row.
 */
final class HibernateContender implements Contender {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final SessionFactory factory;

  /** The PostgreSQL database of {@code hibernate-pg}, or null. */
  private final String database;

  private HibernateContender(String url, String database) {
    this.database = database;
    factory =
        new Configuration()
            .addAnnotatedClass(JpaCountry.class)
            .addAnnotatedClass(JpaUser.class)
            .addAnnotatedClass(JpaPost.class)
            .addAnnotatedClass(JpaComment.class)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.hbm2ddl.auto", "create")
            .setProperty("hibernate.jdbc.batch_size", "1000")
            .setProperty("hibernate.show_sql", "false")
            .buildSessionFactory();
  }

  /** On a new H2 database in memory. */
  static HibernateContender onH2() {
    return new HibernateContender(
        "jdbc:h2:mem:hibernate" + DATABASES.incrementAndGet() + ";OPTIMIZE_REUSE_RESULTS=FALSE",
        null);
  }

  /** On a new database of the embedded PostgreSQL server. */
  static HibernateContender onPostgres() {
    String database = PostgresDatabases.create();
    return new HibernateContender(PostgresDatabases.url(database), database);
  }

  @Override
  public void load(Dataset data) {
    factory.inStatelessTransaction(
        session -> {
          session.insertMultiple(
              data.countries().stream().map(c -> new JpaCountry(c.getId(), c.getName())).toList());
          session.insertMultiple(
              data.users().stream()
                  .map(u -> new JpaUser(u.getId(), u.getName(), u.getCountryId()))
                  .toList());
        });
    save(data.posts(), data.comments());
  }

  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    factory.inStatelessTransaction(
        session -> {
          session.insertMultiple(posts.stream().map(HibernateContender::entity).toList());
          session.insertMultiple(
              comments.stream()
                  .map(c -> new JpaComment(c.getId(), c.getPostId(), c.getBody(), c.getCreatedAt()))
                  .toList());
        });
    return posts.size() + comments.size();
  }

  private static JpaPost entity(Post p) {
    return new JpaPost(
        p.getId(), p.getTitle(), p.getUserId(), p.getSlug(), p.getCreatedAt(), p.getViews());
  }

  /** Runs {@code read} in a session of its own, read-only. */
  private <R> R read(Function<Session, R> read) {
    return factory.fromSession(
        session -> {
          session.setDefaultReadOnly(true);
          return read.apply(session);
        });
  }

  @Override
  public List<Post> postsWithComments() {
    return read(
        session -> {
          List<JpaPost> posts =
              session
                  .createSelectionQuery(
                      "from JpaPost p left join fetch p.comments order by p.id", JpaPost.class)
                  .getResultList();
          List<Post> copies = new ArrayList<>(posts.size());
          for (JpaPost post : posts) {
            Post copy = post(post);
            List<Comment> comments = new ArrayList<>(post.comments.size());
            for (JpaComment comment : post.comments) {
              comments.add(comment(comment));
            }
            copy.setComments(comments);
            copies.add(copy);
          }
          return copies;
        });
  }

  @Override
  public List<Comment> commentsWithPost() {
    return read(
        session -> {
          List<JpaComment> comments =
              session
                  .createSelectionQuery(
                      "from JpaComment c left join fetch c.post order by c.id", JpaComment.class)
                  .getResultList();
          Map<JpaPost, Post> posts = new IdentityHashMap<>();
          List<Comment> copies = new ArrayList<>(comments.size());
          for (JpaComment comment : comments) {
            Comment copy = comment(comment);
            if (comment.post != null) {
              copy.setPost(posts.computeIfAbsent(comment.post, HibernateContender::post));
            }
            copies.add(copy);
          }
          return copies;
        });
  }

  @Override
  public List<Country> countriesWithPosts() {
    return read(
        session -> {
          List<JpaCountry> countries =
              session
                  .createSelectionQuery(
                      "from JpaCountry c left join fetch c.users order by c.id", JpaCountry.class)
                  .getResultList();
          // The users' posts in a second query (a second collection fetch in one would be a
          // cartesian product), for every user at once; the session keeps them on their users.
          session
              .createSelectionQuery(
                  "from JpaUser u left join fetch u.posts where u.countryId is not null",
                  JpaUser.class)
              .getResultList();
          List<Country> copies = new ArrayList<>(countries.size());
          for (JpaCountry country : countries) {
            Country copy = new Country(country.id, country.name);
            List<Post> posts = new ArrayList<>();
            for (JpaUser user : country.users) {
              for (JpaPost post : user.posts) {
                posts.add(post(post));
              }
            }
            copy.setPosts(posts);
            copies.add(copy);
          }
          return copies;
        });
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    return read(
        session -> {
          List<JpaPost> posts =
              session
                  .createSelectionQuery("from JpaPost p order by p.id", JpaPost.class)
                  .getResultList();
          Map<Long, Post> byId = new java.util.HashMap<>();
          List<Post> copies = new ArrayList<>(posts.size());
          for (JpaPost post : posts) {
            Post copy = post(post);
            copy.setComments(new ArrayList<>());
            byId.put(post.id, copy);
            copies.add(copy);
          }
          // Newest first per post, the first `count` of each kept, as H2Contender does.
          for (JpaComment comment :
              session
                  .createSelectionQuery(
                      "from JpaComment c where c.postId is not null"
                          + " order by c.postId, c.createdAt desc, c.id",
                      JpaComment.class)
                  .getResultList()) {
            List<Comment> newest = byId.get(comment.postId).getComments();
            if (newest.size() < count) {
              newest.add(comment(comment));
            }
          }
          return copies;
        });
  }

  @Override
  public List<Post> find(long[] ids) {
    return read(
        session -> {
          List<Post> found = new ArrayList<>(ids.length);
          for (long id : ids) {
            JpaPost post = session.find(JpaPost.class, id);
            if (post != null) {
              found.add(post(post));
            }
          }
          return found;
        });
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    return posts("from JpaPost p where p.views > ?1 order by p.id", views);
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    return read(
        session -> {
          List<Post> found = new ArrayList<>(userIds.length * 10);
          var query =
              session.createSelectionQuery(
                  "from JpaPost p where p.userId = ?1 order by p.id", JpaPost.class);
          for (long userId : userIds) {
            for (JpaPost post : query.setParameter(1, userId).getResultList()) {
              found.add(post(post));
            }
          }
          return found;
        });
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    return read(
        session -> {
          List<Post> found = new ArrayList<>(slugs.length);
          var query =
              session.createSelectionQuery("from JpaPost p where p.slug = ?1", JpaPost.class);
          for (String slug : slugs) {
            JpaPost post = query.setParameter(1, slug).getSingleResultOrNull();
            if (post != null) {
              found.add(post(post));
            }
          }
          return found;
        });
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    return posts(
        "from JpaPost p where p.createdAt between ?1 and ?2 order by p.createdAt, p.id", from, to);
  }

  @Override
  public List<Post> newestPosts(int count) {
    return read(
        session ->
            copies(
                session
                    .createSelectionQuery(
                        "from JpaPost p order by p.createdAt desc, p.id", JpaPost.class)
                    .setMaxResults(count)
                    .getResultList()));
  }

  /** Copies of the posts {@code hql} selects with {@code parameters} (1, 2, ...). */
  private List<Post> posts(String hql, Object... parameters) {
    return read(
        session -> {
          var query = session.createSelectionQuery(hql, JpaPost.class);
          for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
          }
          return copies(query.getResultList());
        });
  }

  private static List<Post> copies(List<JpaPost> posts) {
    List<Post> copies = new ArrayList<>(posts.size());
    for (JpaPost post : posts) {
      copies.add(post(post));
    }
    return copies;
  }

  private static Post post(JpaPost p) {
    return new Post(p.id, p.title, p.userId, p.slug, p.createdAt, p.views);
  }

  private static Comment comment(JpaComment c) {
    return new Comment(c.id, c.postId, c.body, c.createdAt);
  }

  /** Closes the factory and its connections, which drops the database in memory. */
  @Override
  public void close() {
    factory.close();
    if (database != null) {
      PostgresDatabases.drop(database);
    }
  }
}
