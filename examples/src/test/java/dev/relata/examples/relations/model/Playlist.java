package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import dev.relata.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A playlist: private fields with accessors, a {@code UUID} key, tracks listed by their {@code
 * code} (custom foreignKey and ownerKey), which restrict its deletion. Its setter refuses the code
 * {@code "BANNED"}, so that tests can make a write fail part way.
 */
@Entity(name = "relPlaylists")
public class Playlist {
  private UUID id;
  private String name;
  private Integer albumId;
  private List<String> trackCodes;

  @HasManyBy(foreignKey = "trackCodes", ownerKey = "code", onDelete = OnDelete.RESTRICT)
  private List<Track> tracks;

  public Playlist() {}

  public Playlist(String name, String... trackCodes) {
    this.name = name;
    this.trackCodes = new ArrayList<>(List.of(trackCodes));
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getAlbumId() {
    return albumId;
  }

  public void setAlbumId(Integer albumId) {
    this.albumId = albumId;
  }

  public List<String> getTrackCodes() {
    return trackCodes;
  }

  public void setTrackCodes(List<String> trackCodes) {
    if (trackCodes != null && trackCodes.contains("BANNED")) {
      throw new IllegalArgumentException("a playlist cannot list BANNED");
    }
    this.trackCodes = trackCodes;
  }

  public List<Track> getTracks() {
    return tracks;
  }

  public void setTracks(List<Track> tracks) {
    this.tracks = tracks;
  }

  @Override
  public String toString() {
    return "Playlist#" + id + " " + name + " album=" + albumId + " " + trackCodes;
  }
}
