package dev.relata.examples.transactions.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/**
 * A reply to a topic; {@code topicTitle} repeats its topic's title, so that a reader can check that
 * a reply it loads belongs to the topic it was loaded with.
 */
@Entity(name = "txReplies")
public class Reply {
  public Long id;
  public Long topicId;
  public String topicTitle;
  public String text;

  @BelongsTo public Topic topic;

  public Reply() {}

  public Reply(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return "Reply#" + id + " " + text + " topic=" + topicId + " (" + topicTitle + ")";
  }
}
