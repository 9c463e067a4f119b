package dev.relata.examples.edge;

import dev.relata.Entity;

/** The profile of an {@link Account}, stored under the account's key. */
@Entity(name = "edgeProfiles")
public class Profile {
  Long id;
  String bio;
  Long mentorId;

  Profile() {}

  Profile(String bio) {
    this.bio = bio;
  }
}
