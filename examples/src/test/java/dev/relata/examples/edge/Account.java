package dev.relata.examples.edge;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An account whose profile shares its key (a one-to-one on the primary key), with a field of {@code
 * Properties} and one of a raw collection type, which the generated copies must copy too.
 */
@Entity(name = "edgeAccounts")
public class Account {
  Long id;
  String name;
  Properties settings;

  @SuppressWarnings("rawtypes")
  ArrayList notes;

  @HasOne(foreignKey = "id")
  Profile profile;

  /** Profiles this account mentors: a plain foreign key into the same table. */
  @HasMany(foreignKey = "mentorId")
  List<Profile> mentees;

  Account() {}

  Account(String name) {
    this.name = name;
  }
}
