package dev.relata.examples.core.model;

import dev.relata.Entity;

/**
 * Entity code that fails on demand: the getter of {@code name} throws for {@link #GETTER_BOOM}, its
 * setter for {@link #SETTER_BOOM}, the constructor while {@link #failConstruction} is set, and
 * {@code setId} on an instance marked {@link #rejectKeyWrites()} (the marker is transient, so the
 * store's copies never carry it: only the caller's object fails, after the rows are stored).
 */
@Entity(name = "coreGadgets")
public class Gadget {
  public static final String GETTER_BOOM = "getter-boom";
  public static final String SETTER_BOOM = "setter-boom";

  /** While true, the no-argument constructor throws. */
  public static volatile boolean failConstruction;

  private Long id;
  private String name;
  private Long authorId;
  private transient boolean rejectKeyWrites;

  public Gadget() {
    if (failConstruction) {
      throw new IllegalStateException("constructor boom");
    }
  }

  public Gadget(String name) {
    this.name = name;
  }

  /** Makes {@code setId} throw on this instance. */
  public Gadget rejectKeyWrites() {
    this.rejectKeyWrites = true;
    return this;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    if (rejectKeyWrites) {
      throw new IllegalStateException("setId boom");
    }
    this.id = id;
  }

  public String getName() {
    if (GETTER_BOOM.equals(name)) {
      throw new IllegalStateException("getter boom");
    }
    return name;
  }

  public void setName(String name) {
    if (SETTER_BOOM.equals(name)) {
      throw new IllegalStateException("setter boom");
    }
    this.name = name;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public void setAuthorId(Long authorId) {
    this.authorId = authorId;
  }

  @Override
  public String toString() {
    return "Gadget{id=" + id + ", authorId=" + authorId + "}";
  }
}
