package dev.relata.examples.relations.model;

import dev.relata.Entity;

/**
 * A track: non-private fields, an {@code Integer} key and a {@code code} that playlists list (not
 * its primary key).
 */
@Entity(name = "relTracks")
public class Track {
  public Integer id;
  public String code;
  public String title;
  public int seconds;
  public Integer albumId;

  public Track() {}

  public Track(String code, String title, int seconds) {
    this.code = code;
    this.title = title;
    this.seconds = seconds;
  }

  @Override
  public String toString() {
    return "Track#" + id + " " + code + " " + title + " " + seconds + "s album=" + albumId;
  }
}
