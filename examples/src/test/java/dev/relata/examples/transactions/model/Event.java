package dev.relata.examples.transactions.model;

import dev.relata.Entity;

/** An entry of an audit log that transactions only ever append to: public fields, a Long key. */
@Entity(name = "txEvents")
public class Event {
  public Long id;
  public String text;

  public Event() {}

  public Event(String text) {
    this.text = text;
  }
}
