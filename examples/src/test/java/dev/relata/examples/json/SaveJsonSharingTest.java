package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.relata.Store;
import dev.relata.examples.json.model.Shelf;
import dev.relata.examples.json.model.ShelfRepository;
import dev.relata.examples.json.model.Volume;
import dev.relata.examples.json.model.VolumeRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code saveJson} saves the objects it read without tracking them by identity only where no
 * entity code could make two of them share one: here a getter that hands every volume without a
 * shelf the same {@link Shelf#UNSORTED}, which must be stored once, as {@code saveAll} stores it.
 */
class SaveJsonSharingTest {
  @Test
  void aTargetSharedThroughAGetterOfTheAuthorsIsStoredOnce() {
    Shelf.UNSORTED.id = null;
    Store store = Store.inMemory();
    VolumeRepository volumes = new VolumeRepository(store);
    ShelfRepository shelves = new ShelfRepository(store);

    List<Volume> saved = volumes.saveJson("[{\"title\": \"Dune\"}, {\"title\": \"Emma\"}]");

    assertEquals(1, shelves.count());
    Long shelf = Shelf.UNSORTED.id;
    assertNotNull(shelf);
    assertEquals(shelf, saved.get(0).shelfId);
    assertEquals(shelf, saved.get(1).shelfId);
    assertEquals(List.of(shelf, shelf), volumes.all().stream().map(v -> v.shelfId).toList());
  }
}
