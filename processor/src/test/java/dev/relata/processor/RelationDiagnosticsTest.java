package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Fixtures.COMMENT;
import static dev.relata.processor.Fixtures.POST_OF_USER;
import static dev.relata.processor.Fixtures.assertError;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.count;
import static dev.relata.processor.Fixtures.describe;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.relata.processor.validate.Message;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagnostics about relation fields: their types, their targets and {@code through} classes,
 * {@code onDelete}, annotations that exclude each other, and names that clash with generated
 * methods.
 */
class RelationDiagnosticsTest {
  private static JavaFileObject post(String... relationLines) {
    return source(
        "p.Post",
        "@Entity\npublic class Post {\n  Long id;\n  Long userId;\n  Long postId;\n  "
            + String.join("\n  ", relationLines)
            + "\n}\n");
  }

  // ---- RelataRelationType ----

  @Test
  void hasManyOnASingleValueIsToldToUseListCollectionOrSet() {
    JavaFileObject post = post("@HasMany Comment comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataRelationType]",
        "Post.comments must be declared as List<Comment>, Collection<Comment> or Set<Comment>,"
            + " not Comment");
    assertErrorCount(c, 1);
  }

  @Test
  void relationTypeMessageNamesTheAnnotationOnce() {
    JavaFileObject post = post("@HasMany Comment comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c, post, "@HasMany", "[RelataRelationType] @HasMany Post.comments must be declared as");
  }

  @Test
  void toOneRelationsOnCollectionsAreToldToUseASingleEntity() {
    JavaFileObject post = post("@HasOne List<Comment> pinned;", "@BelongsTo Set<Post> parent;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasOne",
        "[RelataRelationType]",
        "Post.pinned must be declared as a single entity, such as Comment pinned, not"
            + " List<Comment>");
    assertError(
        c,
        post,
        "@BelongsTo",
        "[RelataRelationType]",
        "Post.parent must be declared as a single entity, such as Post parent, not Set<Post>");
    assertErrorCount(c, 2);
  }

  @Test
  void hasManyByAndHasManyThroughAcceptOnlyList() {
    JavaFileObject post =
        post(
            "List<Long> commentIds;",
            "@HasManyBy Set<Comment> picked;",
            "@HasManyThrough(through = Comment.class) Collection<Comment> replies;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasManyBy",
        "[RelataRelationType]",
        "Post.picked must be declared as List<Comment>, not Set<Comment>");
    assertError(
        c,
        post,
        "@HasManyThrough",
        "[RelataRelationType]",
        "Post.replies must be declared as List<Comment>, not Collection<Comment>");
    assertErrorCount(c, 2);
  }

  @Test
  void arraysAndPrimitivesAreNoRelationTypes() {
    JavaFileObject post = post("@HasMany Comment[] comments;", "@BelongsTo long user;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataRelationType]",
        "Post.comments must be declared as List<Comment>",
        "not Comment[]");
    assertError(
        c,
        post,
        "@BelongsTo",
        "[RelataRelationType]",
        "Post.user must be declared as a single entity",
        "not long");
    assertErrorCount(c, 2);
  }

  @Test
  void mapOfEntitiesIsToldToUseACollectionOfItsValueType() {
    JavaFileObject post = post("@HasMany Map<String, Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataRelationType]",
        "Post.comments must be declared as List<Comment>, Collection<Comment> or Set<Comment>",
        "not Map<String,Comment>");
    assertErrorCount(c, 1);
  }

  @Test
  void rawListIsReportedWithoutTakingListForTheTarget() {
    JavaFileObject post = post("@SuppressWarnings(\"rawtypes\") @HasMany List comments;");

    Compilation c = compile(post, COMMENT);

    assertError(c, post, "@HasMany", "[RelataRelationType]", "Post.comments", "not List");
    assertWithMessage(describe(c))
        .that(c.errors().get(0).getMessage(Locale.ROOT))
        .doesNotContain("List<List>");
  }

  @Test
  void otherCollectionTypesAreReportedWithTheirElementAsTarget() {
    JavaFileObject post =
        post("@HasMany ArrayList<Comment> comments;", "@HasManyBy List<? extends Comment> picked;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany ArrayList",
        "[RelataRelationType]",
        "Post.comments must be declared as List<Comment>",
        "not ArrayList<Comment>");
    assertError(
        c,
        post,
        "@HasManyBy",
        "[RelataRelationType]",
        "Post.picked must be declared as List<Comment>",
        "not List<? extends Comment>");
    assertErrorCount(c, 2);
  }

  // ---- RelataNotAnEntity ----

  @Test
  void targetThatIsNoEntityIsReportedWithTheFix() {
    JavaFileObject helper =
        source(
            "p.Helper",
            """
            public class Helper {
              Long id;
              Long postId;
            }
            """);
    JavaFileObject post = post("@HasMany List<Helper> helpers;", "@BelongsTo Helper helper;");

    Compilation c = compile(post, helper);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataNotAnEntity]",
        "Helper is no @Entity, so it cannot be the target of @HasMany Post.helpers",
        "annotate it with @Entity, or relate to an entity");
    assertError(
        c,
        post,
        "@BelongsTo",
        "[RelataNotAnEntity]",
        "Helper is no @Entity, so it cannot be the target of @BelongsTo" + " Post.helper");
    assertErrorCount(c, 2);
  }

  @Test
  void jdkTypesAreNoTargets() {
    JavaFileObject post = post("@HasMany List<String> tags;", "@HasOne Optional<Comment> pinned;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataNotAnEntity]",
        "String is no @Entity, so it cannot be the target of @HasMany" + " Post.tags");
    assertError(
        c,
        post,
        "@HasOne",
        "[RelataNotAnEntity]",
        "Optional<Comment> is no @Entity",
        "@HasOne Post.pinned");
    assertErrorCount(c, 2);
  }

  @Test
  void throughClassThatIsNoEntityIsReportedOnTheThroughValue() {
    JavaFileObject membership =
        source(
            "p.Membership",
            """
            public class Membership {
              Long id;
              Long postId;
              Long commentId;
            }
            """);
    JavaFileObject post =
        post(
            "@HasManyThrough(",
            "    secondKey = \"membershipId\",",
            "    through = Membership.class)",
            "List<Comment> comments;");

    Compilation c = compile(post, COMMENT, membership);

    assertError(
        c,
        post,
        "through = Membership.class",
        "[RelataNotAnEntity]",
        "Membership is no @Entity, so it cannot be the through class of @HasManyThrough"
            + " Post.comments",
        "annotate it with @Entity");
    assertErrorCount(c, 1);
  }

  @Test
  void interfaceAsThroughClassIsNoEntity() {
    JavaFileObject post = post("@HasManyThrough(through = Runnable.class) List<Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasManyThrough",
        "[RelataNotAnEntity]",
        "Runnable is no @Entity",
        "the through class of @HasManyThrough Post.comments");
    assertErrorCount(c, 1);
  }

  // ---- RelataOnDelete ----

  @Test
  void setNullOnHasManyByIsRefusedOnTheValueWithTheAllowedOptions() {
    JavaFileObject post =
        post(
            "List<Long> commentIds;",
            "@HasManyBy(",
            "    onDelete = OnDelete.SET_NULL)",
            "List<Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "onDelete = OnDelete.SET_NULL",
        "[RelataOnDelete]",
        "onDelete = SET_NULL is not possible on @HasManyBy Post.comments",
        "a @HasManyBy keeps its keys on Post, so there is no key on Comment to clear",
        "Options: NOTHING, CASCADE, RESTRICT");
    assertErrorCount(c, 1);
  }

  @Test
  void setNullOnAPrimitiveForeignKeyIsRefusedWithTheBoxedTypeAsFix() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              @HasMany(onDelete = OnDelete.SET_NULL)
              List<Post> posts;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              long userId;
            }
            """);

    Compilation c = compile(user, post);

    assertError(
        c,
        user,
        "onDelete = OnDelete.SET_NULL",
        "[RelataOnDelete]",
        "onDelete = SET_NULL is not possible on @HasMany User.posts",
        "its foreign key Post.userId is a primitive long, which cannot be null",
        "Options: NOTHING, CASCADE, RESTRICT, or declare Post.userId as Long");
    assertErrorCount(c, 1);
  }

  @Test
  void setNullOnAForeignKeyThatIsTheTargetsPrimaryKeyIsRefused() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              @HasOne(foreignKey = "id", onDelete = OnDelete.SET_NULL)
              Profile profile;
            }
            """);
    JavaFileObject profile =
        source(
            "p.Profile",
            """
            @Entity
            public class Profile {
              Long id;
            }
            """);

    Compilation c = compile(user, profile);

    assertError(
        c,
        user,
        "@HasOne",
        "[RelataOnDelete]",
        "onDelete = SET_NULL is not possible on @HasOne User.profile",
        "its foreign key Profile.id is the primary key of Profile",
        "Options: NOTHING, CASCADE, RESTRICT");
    assertErrorCount(c, 1);
  }

  @Test
  void setNullOnABoxedForeignKeyAndEveryOtherOptionAreAccepted() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              List<Long> postIds;
              @HasMany(onDelete = OnDelete.SET_NULL) List<Post> posts;
              @HasMany(foreignKey = "userId", onDelete = OnDelete.CASCADE) List<Post> owned;
              @HasOne(foreignKey = "userId", onDelete = OnDelete.RESTRICT) Post latest;
              @HasOne(foreignKey = "userId", onDelete = OnDelete.NOTHING) Post first;
              @HasManyBy(onDelete = OnDelete.CASCADE) List<Post> picked;
              @HasManyBy(foreignKey = "postIds", onDelete = OnDelete.RESTRICT) List<Post> pinned;
            }
            """);
    JavaFileObject post = POST_OF_USER;

    Compilation c = compile(user, post);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
  }

  // ---- RelataConflictingAnnotations ----

  @Test
  void twoRelationAnnotationsOnOneFieldAreOneConflict() {
    JavaFileObject post =
        post("List<Long> commentIds;", "@HasMany @HasManyBy List<Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany @HasManyBy",
        "[RelataConflictingAnnotations]",
        "Post.comments has @HasMany and @HasManyBy",
        "a field is the key, a stored field or one relation",
        "Options: keep one of them");
    assertErrorCount(c, 1);
  }

  @Test
  void idOnARelationIsAConflict() {
    JavaFileObject post = post("@Id @BelongsTo Post parent;");

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@Id @BelongsTo",
        "[RelataConflictingAnnotations]",
        "Post.parent has @Id and @BelongsTo",
        "Options: keep one of them");
  }

  @Test
  void idOnARelationCausesNoCascadeOfUnknownKeys() {
    JavaFileObject post = post("@Id @BelongsTo Post parent;", "@HasMany List<Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertThat(count(c, Message.CONFLICTING_ANNOTATIONS)).isEqualTo(1);
    assertWithMessage("unknown keys named after the relation;%s", describe(c))
        .that(count(c, Message.UNKNOWN_KEY))
        .isEqualTo(0);
  }

  // ---- RelataNameClash ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "save",
        "saveAll",
        "insert",
        "find",
        "findAll",
        "all",
        "count",
        "delete",
        "deleteAll",
        "query",
        "withAll",
        "saveJson",
        "toJson"
      })
  void relationNamedLikeARepositoryMethodIsAClash(String name) {
    JavaFileObject post = post("@HasMany List<Comment> " + name + ";");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataNameClash]",
        "the relation Post."
            + name
            + " clashes with the generated method "
            + name
            + "(...) of PostRepository: rename the field",
        "Reserved names: save, saveAll, insert, find, findAll, all, count, delete, deleteAll,"
            + " query, withAll, saveJson, toJson");
    assertErrorCount(c, 1);
  }

  @Test
  void recordComponentNamedLikeARepositoryMethodIsAClash() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public record Post(
                Long id,
                @HasMany List<Comment> count) {}
            """);

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataNameClash]",
        "the relation Post.count clashes with the generated method count(...)");
    assertErrorCount(c, 1);
  }

  @Test
  void relationsThatDifferOnlyInCaseClashInTheirWithMethod() {
    JavaFileObject post =
        post(
            "@HasMany List<Comment> comments;",
            "@HasMany(foreignKey = \"postId\") List<Comment> Comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "List<Comment> Comments;",
        "[RelataNameClash]",
        "the relation Post.Comments clashes with the generated method",
        "withComments() of PostQuery",
        "rename one of them",
        "comments");
    assertErrorCount(c, 1);
  }

  @Test
  void caseClashMessageDoesNotCallTheOtherRelationAReservedName() {
    JavaFileObject post =
        post(
            "@HasMany List<Comment> comments;",
            "@HasMany(foreignKey = \"postId\") List<Comment> Comments;");

    Compilation c = compile(post, COMMENT);

    assertThat(count(c, Message.NAME_CLASH)).isEqualTo(1);
    assertWithMessage(describe(c))
        .that(c.errors().get(0).getMessage(Locale.ROOT))
        .doesNotContain("Reserved names: the relation");
  }

  @Test
  void namesThatOnlyContainAReservedWordAreNoClash() {
    JavaFileObject post =
        post(
            "@HasMany List<Comment> saved;",
            "@HasMany(foreignKey = \"postId\") List<Comment> counts;",
            "@HasMany(foreignKey = \"postId\") List<Comment> findings;",
            "@HasMany(foreignKey = \"postId\") List<Comment> store;");

    Compilation c = compile(post, COMMENT);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
  }
}
