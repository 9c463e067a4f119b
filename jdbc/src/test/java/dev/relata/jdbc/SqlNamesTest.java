package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlNamesTest {
  @Test
  void namesAreSnakeCaseOfTheirCamelCase() {
    assertEquals("blog_posts", SqlNames.snake("blogPosts"));
    assertEquals("user_id", SqlNames.snake("userId"));
    assertEquals("posts", SqlNames.snake("posts"));
    assertEquals("http_url_path", SqlNames.snake("httpURLPath"));
    assertEquals("item2_id", SqlNames.snake("item2Id"));
    assertEquals("already_snake", SqlNames.snake("already_snake"));
  }
}
