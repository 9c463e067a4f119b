package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A remark on an article: non-private fields, a primitive {@code int} key (0: not saved). */
@Entity(name = "relRemarks")
public class Remark {
  public int id;
  public String text;
  public Long articleId;

  public Remark() {}

  public Remark(int id, String text, Long articleId) {
    this.id = id;
    this.text = text;
    this.articleId = articleId;
  }

  @Override
  public String toString() {
    return "Remark#" + id + " " + text + " article=" + articleId;
  }
}
