package dev.relata.examples.core.model;

import dev.relata.Entity;
import java.util.LinkedList;

/** Non-private fields, a {@code String} key, and a {@code LinkedList} held in a field. */
@Entity(name = "coreJournals")
public class Journal {
  public String id;
  public String title;
  public LinkedList<String> entries;

  public Journal() {}

  public Journal(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Journal{id=" + id + ", title=" + title + ", entries=" + entries + "}";
  }
}
