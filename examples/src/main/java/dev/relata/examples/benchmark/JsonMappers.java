package dev.relata.examples.benchmark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code ObjectMapper}s the JSON benchmarks compare Relata with: a plain one and one with
 * Blackbird (which replaces reflection with generated lambdas), binding the same entity classes.
 */
final class JsonMappers {
  /** A list of posts with their comments, for the nested documents. */
  static final TypeReference<List<Post>> POSTS = new TypeReference<>() {};

  private JsonMappers() {}

  /**
   * The whole-store snapshot in Relata's shape, {@code {"benchPosts": {"1": {...}}, ...}}; other
   * entities of the document (empty) are skipped.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Snapshot {
    @JsonProperty("benchPosts")
    public LinkedHashMap<Long, Post> posts = new LinkedHashMap<>();

    @JsonProperty("benchComments")
    public LinkedHashMap<Long, Comment> comments = new LinkedHashMap<>();
  }

  /** Rows are written without relation fields, as in a normalized snapshot. */
  @JsonIgnoreProperties({"comments"})
  abstract static class PostRow {}

  @JsonIgnoreProperties({"post"})
  abstract static class CommentRow {}

  /**
   * The mapper of {@code impl} ({@code jackson} or {@code blackbird}); {@code rows} leaves relation
   * fields out (snapshots), else nested relations are bound (nested documents).
   */
  static ObjectMapper create(String impl, boolean rows) {
    JsonMapper.Builder builder = JsonMapper.builder();
    if (rows) {
      builder.addMixIn(Post.class, PostRow.class).addMixIn(Comment.class, CommentRow.class);
    }
    switch (impl) {
      case "jackson" -> {}
      case "blackbird" -> builder.addModule(new BlackbirdModule());
      default -> throw new IllegalArgumentException("no ObjectMapper contender " + impl);
    }
    return builder.build();
  }
}
