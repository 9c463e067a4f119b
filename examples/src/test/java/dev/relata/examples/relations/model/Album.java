package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

/** An album: a record with an {@code Integer} key; its tracks and playlists go with it. */
@Entity(name = "relAlbums")
public record Album(
    Integer id,
    String title,
    @HasMany(onDelete = OnDelete.CASCADE) List<Track> tracks,
    @HasMany(onDelete = OnDelete.CASCADE) List<Playlist> playlists) {

  /** An album with an explicit key. */
  public static Album of(int id, String title) {
    return new Album(id, title, null, null);
  }
}
