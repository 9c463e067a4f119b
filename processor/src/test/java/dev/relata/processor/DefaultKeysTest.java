package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's "Default entity name" and "Default keys", checked on the metadata generated for
 * schemas where a wrong default would pick another field that exists.
 */
class DefaultKeysTest {

  private static StringSubject meta(Compilation c, String entity) {
    assertThat(c).succeededWithoutWarnings();
    return assertThat(c).generatedSourceFile(entity + "_Meta").contentsAsUtf8String();
  }

  @Test
  void defaultEntityNameIsThePluralLowerCamelClassName() {
    Compilation c =
        compile(
            source("p.Category", "@Entity\npublic class Category {\n  Long id;\n}\n"),
            source("p.Box", "@Entity\npublic class Box {\n  Long id;\n}\n"),
            source("p.BlogPost", "@Entity\npublic class BlogPost {\n  Long id;\n}\n"),
            source("p.Day", "@Entity\npublic record Day(Long id) {}\n"));

    meta(c, "p.Category").contains("super(\"categories\", Category.class");
    meta(c, "p.Box").contains("super(\"boxes\", Box.class");
    meta(c, "p.BlogPost").contains("super(\"blogPosts\", BlogPost.class");
    meta(c, "p.Day").contains("super(\"days\", Day.class");
  }

  @Test
  void givenEntityNameReplacesTheDefault() {
    Compilation c =
        compile(
            source("p.Post", "@Entity(name = \"articles\")\npublic class Post {\n  Long id;\n}\n"));

    meta(c, "p.Post").contains("super(\"articles\", Post.class");
  }

  @Test
  void fieldNamedIdIsTheKeyWithoutAnnotation() {
    Compilation c =
        compile(source("p.Post", "@Entity\npublic class Post {\n  String code;\n  Long id;\n}\n"));

    meta(c, "p.Post").containsMatch("KeyKind.LONG,\\s+Columns.ID,");
  }

  @Test
  void hasManyAndHasOneForeignKeyIsTheDeclaringClassPlusId() {
    JavaFileObject blogPost =
        source(
            "p.BlogPost",
            """
            @Entity
            public class BlogPost {
              Long id;
              @HasMany List<Comment> comments;
              @HasOne Comment pinned;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Long postId;
              Long blogId;
              Long blogPostId;
            }
            """);

    Compilation c = compile(blogPost, comment);

    meta(c, "p.BlogPost")
        .contains(
            "Columns.ID, Comment_Meta.Columns.BLOG_POST_ID, OnDelete.NOTHING,"
                + " CollectionKind.LIST)");
    meta(c, "p.BlogPost")
        .contains("Columns.ID, Comment_Meta.Columns.BLOG_POST_ID, OnDelete.NOTHING)");
  }

  @Test
  void belongsToForeignKeyIsTheFieldNamePlusId() {
    JavaFileObject user = source("p.User", "@Entity\npublic class User {\n  Long id;\n}\n");
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long userId;
              Long authorId;
              @BelongsTo User author;
            }
            """);

    Compilation c = compile(user, post);

    meta(c, "p.Post").contains("Columns.AUTHOR_ID, User_Meta.Columns.ID)");
  }

  @Test
  void hasManyByForeignKeyIsTheTargetPlusIds() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              List<Long> clusterIds;
              List<Long> hostIds;
              List<Long> serverNodeIds;
              @HasManyBy List<ServerNode> hosts;
            }
            """);
    JavaFileObject node =
        source("p.ServerNode", "@Entity\npublic class ServerNode {\n  Long id;\n}\n");

    Compilation c = compile(cluster, node);

    meta(c, "p.Cluster")
        .contains("Columns.SERVER_NODE_IDS, ServerNode_Meta.Columns.ID, OnDelete.NOTHING)");
  }

  @Test
  void hasManyThroughKeysAreTheOwnerPlusIdOnThroughAndTheThroughPlusIdOnTarget() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Long id;
              @HasManyThrough(through = User.class) List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              Long userId;
              Long countryId;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long countryId;
              Long postId;
              Long userId;
            }
            """);

    Compilation c = compile(country, user, post);

    meta(c, "p.Country")
        .contains(
            "Columns.ID, User_Meta.Columns.COUNTRY_ID, User_Meta.Columns.ID,"
                + " Post_Meta.Columns.USER_ID)");
  }

  @Test
  void localOwnerAndSecondLocalKeysAreThePrimaryKeyOfTheEntityTheySitOn() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Long id;
              @Id String code;
              @HasMany List<User> users;
              @HasManyThrough(through = User.class) List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              @Id String handle;
              String countryId;
              @BelongsTo Country country;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              @Id UUID uuid;
              String userId;
              List<UUID> postIds;
              @HasManyBy List<Post> related;
            }
            """);

    Compilation c = compile(country, user, post);

    meta(c, "p.Country").contains("Columns.CODE, User_Meta.Columns.COUNTRY_ID, OnDelete.NOTHING");
    meta(c, "p.Country")
        .contains(
            "Columns.CODE, User_Meta.Columns.COUNTRY_ID, User_Meta.Columns.HANDLE,"
                + " Post_Meta.Columns.USER_ID)");
    meta(c, "p.User").contains("Columns.COUNTRY_ID, Country_Meta.Columns.CODE)");
    meta(c, "p.Post").contains("Columns.POST_IDS, Columns.UUID, OnDelete.NOTHING)");
  }
}
