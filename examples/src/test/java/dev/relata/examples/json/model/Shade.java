package dev.relata.examples.json.model;

/** An enum field, written by name. */
public enum Shade {
  LIGHT,
  DARK,
  CLEAR
}
