package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import java.util.function.Consumer;

/**
 * An entity whose accessors run code that tests give them, so that entity code can write to the
 * store while Relata runs it: {@link #onGetName} runs in {@code getName}, {@link #onSetName} in
 * {@code setName}.
 */
@Entity(name = "intWidgets")
public class Widget {
  /** Runs in every {@code getName} call with the widget read, while set. */
  public static volatile Consumer<Widget> onGetName;

  /** Runs in every {@code setName} call with the widget written, while set. */
  public static volatile Consumer<Widget> onSetName;

  private Long id;
  private String name;

  public Widget() {}

  public Widget(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    Consumer<Widget> hook = onGetName;
    if (hook != null) {
      hook.accept(this);
    }
    return name;
  }

  public void setName(String name) {
    Consumer<Widget> hook = onSetName;
    if (hook != null) {
      hook.accept(this);
    }
    this.name = name;
  }

  @Override
  public String toString() {
    return "Widget#" + id + " " + name;
  }
}
