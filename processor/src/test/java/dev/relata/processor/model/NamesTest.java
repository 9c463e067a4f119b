package dev.relata.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules of DESIGN.md, "Default entity name", taken literally. */
class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // a consonant then y -> ies
    "Category, categories",
    "City, cities",
    "Story, stories",
    // a vowel then y -> s
    "Day, days",
    "Key, keys",
    "Boy, boys",
    // s, x, z, ch, sh -> es
    "Bus, buses",
    "Address, addresses",
    "Status, statuses",
    "Box, boxes",
    "Quiz, quizes",
    "Match, matches",
    "Wish, wishes",
    // else s, with no irregular plurals
    "Post, posts",
    "Photo, photos",
    "Person, persons",
    "Child, childs",
    "Leaf, leafs",
    // lowerCamel of the whole class name
    "BlogPost, blogPosts",
    "UserCategory, userCategories",
    "URLLink, urlLinks",
  })
  void defaultEntityNameIsThePluralOfTheLowerCamelClassName(String simpleName, String expected) {
    assertThat(Names.entityName(simpleName)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Post, post",
    "BlogPost, blogPost",
    "URLLink, urlLink",
    "ID, id",
    "URL, url",
    "A, a",
    "post, post",
    "'', ''",
  })
  void lowerCamelLowersTheFirstWord(String name, String expected) {
    assertThat(Names.lowerCamel(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "comment, comments",
    "category, categories",
    "day, days",
    "ax, axes",
    "fizz, fizzes",
    "church, churches",
    "dish, dishes",
    "graph, graphs",
  })
  void pluralFollowsTheThreeRules(String name, String expected) {
    assertThat(Names.plural(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "comments, Comments",
    "c, C",
    "Comments, Comments",
    "'', ''",
  })
  void capitalizeRaisesOnlyTheFirstLetter(String name, String expected) {
    assertThat(Names.capitalize(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "id, ID",
    "userId, USER_ID",
    "nodeIds, NODE_IDS",
    "URL, URL",
    "postURL, POST_URL",
    "URLLink, URL_LINK",
    "already_snake, ALREADY_SNAKE",
  })
  void upperSnakeNamesConstants(String name, String expected) {
    assertThat(Names.upperSnake(name)).isEqualTo(expected);
  }
}
