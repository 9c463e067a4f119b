package dev.relata.processor;

import static dev.relata.processor.Fixtures.COUNTRY_THROUGH_USER;
import static dev.relata.processor.Fixtures.NODE;
import static dev.relata.processor.Fixtures.PHONE_OF_USER;
import static dev.relata.processor.Fixtures.POST_OF_USER;
import static dev.relata.processor.Fixtures.POST_WITH_COMMENTS;
import static dev.relata.processor.Fixtures.USER_OF_COUNTRY;
import static dev.relata.processor.Fixtures.assertError;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.assertOnlyRelataErrors;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics about keys: primary keys ({@code @Id}) and the key attributes of the relation
 * annotations, explicit and by default.
 */
class KeyDiagnosticsTest {
  private static final JavaFileObject POST =
      source(
          "p.Post",
          """
          @Entity
          public class Post {
            Long id;
            String title;
          }
          """);

  // ---- RelataMissingKey ----

  @Test
  void entityWithoutIdFieldIsReportedOnTheEntityWithKeyTypedOptions() {
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              String code;
              Integer rank;
              Double weight;
            }
            """);

    Compilation c = compile(tag);

    assertError(
        c,
        tag,
        "@Entity",
        "[RelataMissingKey]",
        "Tag has no key",
        "annotate one field with @Id, or name it 'id'",
        "Options: code, rank");
    assertErrorCount(c, 1);
  }

  @Test
  void entityWithoutAnyKeyTypedFieldIsToldToAddOne() {
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              Double weight;
            }
            """);

    Compilation c = compile(tag);

    assertError(
        c,
        tag,
        "@Entity",
        "[RelataMissingKey]",
        "Tag has no key",
        "Options: none fits (add a field Long id to Tag)");
    assertErrorCount(c, 1);
  }

  // ---- RelataAmbiguousKey ----

  @Test
  void twoIdFieldsAreBothReportedWithTheirNames() {
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              @Id Long first;
              String name;
              @Id Long second;
            }
            """);

    Compilation c = compile(tag);

    String[] text = {
      "[RelataAmbiguousKey]",
      "Tag has more than one @Id field (first, second)",
      "Options: keep @Id on one of first, second"
    };
    assertError(c, tag, "@Id Long first", text);
    assertError(c, tag, "@Id Long second", text);
    assertErrorCount(c, 2);
  }

  // ---- RelataKeyType ----

  @Test
  void idOfUnsupportedTypeIsReportedOnTheFieldWithTheKeyTypes() {
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              @Id Double id;
            }
            """);

    Compilation c = compile(tag);

    assertError(
        c,
        tag,
        "@Id Double id",
        "[RelataKeyType]",
        "Tag.id cannot be the key of Tag: its type is Double",
        "Options: Long, Integer, String, UUID, long, int");
    assertErrorCount(c, 1);
  }

  @Test
  void fieldNamedIdOfUnsupportedTypeIsReportedAsKeyType() {
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              java.math.BigDecimal id;
            }
            """);

    Compilation c = compile(tag);

    assertError(
        c,
        tag,
        "BigDecimal id",
        "[RelataKeyType]",
        "Tag.id cannot be the key of Tag: its type is BigDecimal");
    assertErrorCount(c, 1);
  }

  @Test
  void hasManyByOwnerKeyOfUnsupportedTypeIsReportedOnTheOwnerKey() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              List<Double> nodeWeights;
              @HasManyBy(
                  foreignKey = "nodeWeights",
                  ownerKey = "weight")
              List<Node> nodes;
            }
            """);
    JavaFileObject node =
        source(
            "p.Node",
            """
            @Entity
            public class Node {
              Long id;
              Double weight;
            }
            """);

    Compilation c = compile(cluster, node);

    assertError(
        c,
        cluster,
        "ownerKey = \"weight\"",
        "[RelataKeyType]",
        "Node.weight cannot be the ownerKey of @HasManyBy Cluster.nodes: its type is Double",
        "Options: Long, Integer, String, UUID, long, int");
    assertErrorCount(c, 1);
  }

  @Test
  void hasManyLocalKeyOfUnsupportedTypeIsReportedAsTheLocalKey() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Double score;
              @HasMany(
                  foreignKey = "postScore",
                  localKey = "score")
              List<Comment> comments;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Double postScore;
            }
            """);

    Compilation c = compile(post, comment);

    assertError(
        c,
        post,
        "localKey = \"score\"",
        "[RelataKeyType]",
        "Post.score cannot be the localKey of @HasMany Post.comments: its type is Double");
    assertErrorCount(c, 1);
  }

  @Test
  void belongsToOwnerKeyOfUnsupportedTypeIsReportedAsTheOwnerKey() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Double score;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Double postScore;
              @BelongsTo(
                  foreignKey = "postScore",
                  ownerKey = "score")
              Post post;
            }
            """);

    Compilation c = compile(post, comment);

    assertError(
        c,
        comment,
        "ownerKey = \"score\"",
        "[RelataKeyType]",
        "Post.score cannot be the ownerKey of @BelongsTo Comment.post: its type is Double");
    assertErrorCount(c, 1);
  }

  @Test
  void throughSecondLocalKeyOfUnsupportedTypeIsReportedAsTheSecondLocalKey() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Long id;
              @HasManyThrough(
                  through = User.class,
                  secondKey = "userScore",
                  secondLocalKey = "score")
              List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              Long countryId;
              Double score;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Double userScore;
            }
            """);

    Compilation c = compile(country, user, post);

    assertError(
        c,
        country,
        "secondLocalKey = \"score\"",
        "[RelataKeyType]",
        "User.score cannot be the secondLocalKey of @HasManyThrough Country.posts: its type is"
            + " Double");
    assertErrorCount(c, 1);
  }

  // ---- RelataUnknownKey ----

  @Test
  void unknownForeignKeyIsReportedOnTheAnnotationValueWithOptions() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany(
                  onDelete = OnDelete.CASCADE,
                  foreignKey = "postid")
              List<Comment> comments;
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
              Long authorId;
              String body;
            }
            """);

    Compilation c = compile(post, comment);

    assertError(
        c,
        post,
        "foreignKey = \"postid\"",
        "[RelataUnknownKey]",
        "Comment has no field 'postid' for the foreignKey of @HasMany Post.comments",
        "Options: id, postId, authorId");
    assertErrorCount(c, 1);
  }

  @Test
  void missingDefaultForeignKeyOfHasManyIsNamedOnTheAnnotation() {
    JavaFileObject post = POST_WITH_COMMENTS;
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              String body;
            }
            """);

    Compilation c = compile(post, comment);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataUnknownKey]",
        "Comment has no field 'postId' for the foreignKey of @HasMany Post.comments",
        "Options: id");
    assertErrorCount(c, 1);
  }

  @Test
  void optionsListOnlyFieldsOfTheMatchingKeyType() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              String id;
              @HasOne Cover cover;
            }
            """);
    JavaFileObject cover =
        source(
            "p.Cover",
            """
            @Entity
            public class Cover {
              Long id;
              Long postNumber;
              String postSlug;
              String url;
            }
            """);

    Compilation c = compile(post, cover);

    assertError(
        c,
        post,
        "@HasOne",
        "[RelataUnknownKey]",
        "Cover has no field 'postId' for the foreignKey of @HasOne Post.cover",
        "Options: postSlug, url");
    assertErrorCount(c, 1);
  }

  @Test
  void unknownLocalKeyIsReportedOnTheValue() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              String email;
              @HasOne(localKey = "mail")
              Phone phone;
            }
            """);
    JavaFileObject phone =
        source(
            "p.Phone",
            """
            @Entity
            public class Phone {
              Long id;
              String userId;
            }
            """);

    Compilation c = compile(user, phone);

    assertError(
        c,
        user,
        "localKey = \"mail\"",
        "[RelataUnknownKey]",
        "User has no field 'mail' for the localKey of @HasOne User.phone",
        "Options: id, email");
    assertErrorCount(c, 1);
  }

  @Test
  void missingDefaultForeignKeyOfBelongsToIsTheFieldNamePlusId() {
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Long postId;
              @BelongsTo Post author;
            }
            """);

    Compilation c = compile(POST, comment);

    assertError(
        c,
        comment,
        "@BelongsTo",
        "[RelataUnknownKey]",
        "Comment has no field 'authorId' for the foreignKey of @BelongsTo Comment.author",
        "Options: id, postId");
    assertErrorCount(c, 1);
  }

  @Test
  void unknownOwnerKeyOfBelongsToIsReportedOnTheValue() {
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              String postTitle;
              @BelongsTo(foreignKey = "postTitle", ownerKey = "name")
              Post post;
            }
            """);

    Compilation c = compile(POST, comment);

    assertError(
        c,
        comment,
        "ownerKey = \"name\"",
        "[RelataUnknownKey]",
        "Post has no field 'name' for the ownerKey of @BelongsTo Comment.post",
        "Options: id, title");
    assertErrorCount(c, 1);
  }

  @Test
  void missingDefaultIdListOfHasManyByIsTheTargetNamePlusIds() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              List<Long> hostIds;
              @HasManyBy List<Node> nodes;
            }
            """);
    JavaFileObject node = NODE;

    Compilation c = compile(cluster, node);

    assertError(
        c,
        cluster,
        "@HasManyBy",
        "[RelataUnknownKey]",
        "Cluster has no field 'nodeIds' for the foreignKey of @HasManyBy Cluster.nodes",
        "Options: hostIds");
    assertErrorCount(c, 1);
  }

  @Test
  void unknownOwnerKeyOfHasManyByIsReportedOnTheValue() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              List<String> nodeIds;
              @HasManyBy(ownerKey = "hostname")
              List<Node> nodes;
            }
            """);
    JavaFileObject node =
        source(
            "p.Node",
            """
            @Entity
            public class Node {
              Long id;
              String host;
            }
            """);

    Compilation c = compile(cluster, node);

    assertError(
        c,
        cluster,
        "ownerKey = \"hostname\"",
        "[RelataUnknownKey]",
        "Node has no field 'hostname' for the ownerKey of @HasManyBy Cluster.nodes",
        "Options: id, host");
    assertErrorCount(c, 1);
  }

  @Test
  void missingDefaultFirstKeyOfHasManyThroughIsOnTheThroughEntity() {
    JavaFileObject country = COUNTRY_THROUGH_USER;
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              Long nationId;
            }
            """);
    JavaFileObject post = POST_OF_USER;

    Compilation c = compile(country, user, post);

    assertError(
        c,
        country,
        "@HasManyThrough",
        "[RelataUnknownKey]",
        "User has no field 'countryId' for the firstKey of @HasManyThrough Country.posts",
        "Options: id, nationId");
    assertErrorCount(c, 1);
  }

  @Test
  void missingDefaultSecondKeyOfHasManyThroughIsOnTheTarget() {
    JavaFileObject country = COUNTRY_THROUGH_USER;
    JavaFileObject user = USER_OF_COUNTRY;
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long authorId;
            }
            """);

    Compilation c = compile(country, user, post);

    assertError(
        c,
        country,
        "@HasManyThrough",
        "[RelataUnknownKey]",
        "Post has no field 'userId' for the secondKey of @HasManyThrough Country.posts",
        "Options: id, authorId");
    assertErrorCount(c, 1);
  }

  @Test
  void unknownExplicitThroughKeysAreEachReportedOnTheirValue() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Long id;
              @HasManyThrough(
                  through = User.class,
                  firstKey = "nation",
                  secondKey = "writer",
                  localKey = "code",
                  secondLocalKey = "handle")
              List<Post> posts;
            }
            """);
    JavaFileObject user = USER_OF_COUNTRY;
    JavaFileObject post = POST_OF_USER;

    Compilation c = compile(country, user, post);

    assertError(
        c,
        country,
        "localKey = \"code\"",
        "[RelataUnknownKey]",
        "Country has no field 'code' for the localKey of @HasManyThrough Country.posts",
        "Options: id");
    assertError(
        c,
        country,
        "firstKey = \"nation\"",
        "[RelataUnknownKey]",
        "User has no field 'nation' for the firstKey of @HasManyThrough Country.posts",
        "Options: id, countryId");
    assertError(
        c,
        country,
        "secondLocalKey = \"handle\"",
        "[RelataUnknownKey]",
        "User has no field 'handle' for the secondLocalKey of @HasManyThrough Country.posts",
        "Options: id, countryId");
    assertError(
        c,
        country,
        "secondKey = \"writer\"",
        "[RelataUnknownKey]",
        "Post has no field 'writer' for the secondKey of @HasManyThrough Country.posts",
        "Options: id, userId");
    assertErrorCount(c, 4);
  }

  @Test
  void keyNamingARelationFieldIsUnknownSinceOnlyStoredFieldsAreKeys() {
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Long postId;
              @BelongsTo Post post;
              @BelongsTo(foreignKey = "post")
              Post again;
            }
            """);

    Compilation c = compile(POST, comment);

    assertError(
        c,
        comment,
        "foreignKey = \"post\"",
        "[RelataUnknownKey]",
        "Comment has no field 'post' for the foreignKey of @BelongsTo Comment.again",
        "Options: id, postId");
    assertErrorCount(c, 1);
  }

  // ---- RelataKeyMismatch ----

  @Test
  void hasManyForeignKeyOfAnotherTypeThanTheLocalKeyIsAMismatch() {
    JavaFileObject post = POST_WITH_COMMENTS;
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              String postId;
              Long threadId;
            }
            """);

    Compilation c = compile(post, comment);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataKeyMismatch]",
        "the foreignKey of @HasMany Post.comments",
        "Comment.postId is String but Post.id is Long",
        "Options: change Comment.postId to Long, or use another foreignKey: id, threadId");
    assertErrorCount(c, 1);
  }

  @Test
  void belongsToForeignKeyOfAnotherTypeIsAMismatchOnTheValue() {
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Integer postRef;
              @BelongsTo(foreignKey = "postRef")
              Post post;
            }
            """);

    Compilation c = compile(POST, comment);

    assertError(
        c,
        comment,
        "foreignKey = \"postRef\"",
        "[RelataKeyMismatch]",
        "the foreignKey of @BelongsTo Comment.post",
        "Comment.postRef is Integer but Post.id is Long",
        "Options: change Comment.postRef to Long, or use another foreignKey: id");
    assertErrorCount(c, 1);
  }

  @Test
  void mismatchSaysToChangeTheForeignKeyFieldToTheOwnerKeyType() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              java.util.UUID id;
              @HasOne Phone phone;
            }
            """);
    JavaFileObject phone = PHONE_OF_USER;

    Compilation c = compile(user, phone);

    assertError(
        c,
        user,
        "@HasOne",
        "[RelataKeyMismatch]",
        "Phone.userId is Long but User.id is UUID",
        "Options: change Phone.userId to UUID");
    assertErrorCount(c, 1);
  }

  @Test
  void throughKeysOfOtherTypesAreMismatchesOfFirstAndSecondKey() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Integer id;
              @HasManyThrough(through = User.class)
              List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              String id;
              Long countryId;
            }
            """);
    JavaFileObject post = POST_OF_USER;

    Compilation c = compile(country, user, post);

    assertError(
        c,
        country,
        "@HasManyThrough",
        "[RelataKeyMismatch]",
        "the firstKey of @HasManyThrough Country.posts",
        "User.countryId is Long but Country.id is Integer");
    assertError(
        c,
        country,
        "@HasManyThrough",
        "[RelataKeyMismatch]",
        "the secondKey of @HasManyThrough Country.posts",
        "Post.userId is Long but User.id is String");
    assertErrorCount(c, 2);
  }

  // ---- RelataKeyListType ----

  @Test
  void hasManyByIdListOfAnotherElementTypeIsToldToChangeToTheListTypeOfTheOwnerKey() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              List<Integer> nodeIds;
              @HasManyBy List<Node> nodes;
            }
            """);
    JavaFileObject node = NODE;

    Compilation c = compile(cluster, node);

    assertError(
        c,
        cluster,
        "@HasManyBy",
        "[RelataKeyListType]",
        "the foreignKey of @HasManyBy Cluster.nodes must be a List<Long> of Node keys",
        "but Cluster.nodeIds is List<Integer>",
        "Options: change Cluster.nodeIds to List<Long>");
    assertErrorCount(c, 1);
  }

  @Test
  void hasManyByIdsInASetOrArrayAreNoIdList() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              Long id;
              Set<Long> hostIds;
              Long[] nodeIds;
              List<Long> spareIds;
              @HasManyBy(foreignKey = "hostIds")
              List<Node> hosts;
              @HasManyBy List<Node> nodes;
            }
            """);
    JavaFileObject node = NODE;

    Compilation c = compile(cluster, node);

    assertError(
        c,
        cluster,
        "foreignKey = \"hostIds\"",
        "[RelataKeyListType]",
        "but Cluster.hostIds is Set<Long>",
        "Options: change Cluster.hostIds to List<Long>, or use another foreignKey: spareIds");
    assertError(
        c,
        cluster,
        "@HasManyBy List<Node> nodes",
        "[RelataKeyListType]",
        "but Cluster.nodeIds is Long[]",
        "Options: change Cluster.nodeIds to List<Long>, or use another foreignKey: spareIds");
    assertErrorCount(c, 2);
  }

  // ---- accepted keys ----

  @Test
  void primitiveAndBoxedKeysOfOneTypeMatch() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              long id;
              Integer rank;
              @HasMany List<Comment> comments;
              @HasOne(foreignKey = "postRank", localKey = "rank")
              Comment top;
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
              int postRank;
              @BelongsTo Post post;
            }
            """);

    Compilation c = compile(post, comment);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void keyErrorsNeverCauseErrorsOtherThanRelatas() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany(foreignKey = "nope") List<Comment> comments;
              @HasManyBy List<Comment> picked;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              String id;
              @BelongsTo Post post;
            }
            """);

    Compilation c = compile(post, comment);

    assertOnlyRelataErrors(c);
    assertErrorCount(c, 3);
  }
}
