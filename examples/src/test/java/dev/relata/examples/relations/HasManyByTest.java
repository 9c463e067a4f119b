package dev.relata.examples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.relations.model.Disk;
import dev.relata.examples.relations.model.Machine;
import dev.relata.examples.relations.model.MachineRepository;
import dev.relata.examples.relations.model.Playlist;
import dev.relata.examples.relations.model.PlaylistRepository;
import dev.relata.examples.relations.model.Pool;
import dev.relata.examples.relations.model.PoolRepository;
import dev.relata.examples.relations.model.Rack;
import dev.relata.examples.relations.model.RackRepository;
import dev.relata.examples.relations.model.Track;
import dev.relata.examples.relations.model.TrackRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @HasManyBy} end to end: racks list machines by key ({@code machineIds}, default keys;
 * {@code spareIds}, a custom foreign key), pools are records listing machines, playlists list
 * tracks by their {@code code} (custom foreign and owner key, not the primary key).
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class HasManyByTest {
  private final StoreKind kind;
  private final Store store;
  private final MachineRepository machines;
  private final RackRepository racks;
  private final PoolRepository pools;
  private final TrackRepository tracks;
  private final PlaylistRepository playlists;

  HasManyByTest(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    machines = new MachineRepository(store);
    racks = new RackRepository(store);
    pools = new PoolRepository(store);
    tracks = new TrackRepository(store);
    playlists = new PlaylistRepository(store);
    kind.ready(store);
  }

  private Machine alpha;
  private Machine beta;

  @BeforeEach
  void seedMachines() {
    alpha = machines.save(Machine.of("alpha", 8)); // key 1
    beta = machines.save(Machine.of("beta", 2)); // key 2
    machines.save(Machine.of("gamma", 4)); // key 3
  }

  // ---- Eager loading ----

  @Test
  void eagerLoadFollowsIdListOrderSkipsDanglingIdsAndRepeatsRepeatedIds() {
    racks.save(new Rack("r1", 3L, 99L, 1L, 3L));

    Rack loaded = racks.withMachines().first().orElseThrow();

    assertEquals(List.of("gamma", "alpha", "gamma"), hosts(loaded.machines));
    assertEquals(List.of(3L, 99L, 1L, 3L), loaded.machineIds);
  }

  @Test
  void eagerLoadReadsEachRacksOwnList() {
    racks.save(new Rack("r1", 2L, 1L));
    racks.save(new Rack("r2", 3L));
    racks.save(new Rack("r3", 1L, 2L, 3L));

    assertEquals(
        Map.of(
            "r1", List.of("beta", "alpha"),
            "r2", List.of("gamma"),
            "r3", List.of("alpha", "beta", "gamma")),
        hostsByRack(racks.withMachines().get()));
  }

  @Test
  void nullIdListLoadsEmptyList() {
    Rack bare = new Rack();
    bare.name = "bare";
    racks.save(bare);

    Rack loaded = racks.withMachines().first().orElseThrow();

    assertNull(loaded.machineIds);
    assertEquals(List.of(), loaded.machines);
    assertEquals(List.of(), racks.machines(loaded).find());
    assertEquals(0, racks.machines(loaded).count());
  }

  @Test
  void emptyOrOnlyDanglingIdListLoadsEmptyList() {
    racks.save(new Rack("empty"));
    racks.save(new Rack("dangling", 41L, 42L));

    assertEquals(
        Map.of("empty", List.of(), "dangling", List.of()), hostsByRack(racks.withMachines().get()));
  }

  @Test
  void relationNotAskedForStaysNull() {
    racks.save(new Rack("r1", 1L));

    Rack loaded = racks.query().withSpares().first().orElseThrow();

    assertNull(loaded.machines);
    assertEquals(List.of(), loaded.spares);
  }

  @Test
  void customForeignKeyLoadsFromItsOwnList() {
    Rack rack = new Rack("r1", 1L);
    rack.spareIds = List.of(3L, 2L);
    racks.save(rack);

    Rack loaded = racks.query().withMachines().withSpares().first().orElseThrow();

    assertEquals(List.of("alpha"), hosts(loaded.machines));
    assertEquals(List.of("gamma", "beta"), hosts(loaded.spares));
  }

  @Test
  void customOwnerKeyMatchesTheListedCodesNotThePrimaryKey() {
    tracks.save(new Track("x", "Ex", 100)); // key 1
    tracks.save(new Track("y", "Why", 200)); // key 2
    tracks.save(new Track("z", "Zed", 300)); // key 3
    playlists.save(new Playlist("mix", "z", "nope", "x", "z", "2"));

    Playlist loaded = playlists.withTracks().first().orElseThrow();

    assertEquals(List.of("Zed", "Ex", "Zed"), titles(loaded.getTracks()));
  }

  @Test
  void constrainedLoadingFiltersEachRacksTargetsInListOrder() {
    racks.save(new Rack("r1", 3L, 1L, 2L));
    racks.save(new Rack("r2", 2L, 3L));
    racks.save(new Rack("r3", 1L, 1L));

    List<Rack> loaded = racks.withMachines(m -> m.where(machine -> machine.cores() >= 4)).get();

    assertEquals(
        Map.of(
            "r1", List.of("gamma", "alpha"),
            "r2", List.of("gamma"),
            "r3", List.of("alpha", "alpha")),
        hostsByRack(loaded));
  }

  @Test
  void constrainedLoadingOrdersEachRacksTargets() {
    racks.save(new Rack("r1", 3L, 1L, 2L));
    racks.save(new Rack("r2", 2L, 3L));

    List<Rack> loaded =
        racks.withMachines(m -> m.orderBy(Comparator.comparing(Machine::host).reversed())).get();

    assertEquals(
        Map.of("r1", List.of("gamma", "beta", "alpha"), "r2", List.of("gamma", "beta")),
        hostsByRack(loaded));
  }

  @Test
  void constrainedLoadingPagesPerRackNotOverAllRacks() {
    racks.save(new Rack("r1", 3L, 1L, 2L));
    racks.save(new Rack("r2", 2L, 3L));
    racks.save(new Rack("r3", 1L));

    List<Rack> paged = racks.withMachines(m -> m.offset(1).limit(1)).get();
    List<Rack> firstOnly = racks.withMachines(m -> m.limit(1)).get();

    assertEquals(
        Map.of("r1", List.of("alpha"), "r2", List.of("gamma"), "r3", List.of()),
        hostsByRack(paged));
    assertEquals(
        Map.of("r1", List.of("gamma"), "r2", List.of("beta"), "r3", List.of("alpha")),
        hostsByRack(firstOnly));
  }

  @Test
  void nestedLoadingLoadsTheTargetsOwnRelations() {
    Machine delta =
        machines.save(new Machine(null, "delta", 16, List.of(new Disk("d1"), new Disk("d2"))));
    racks.save(new Rack("r1", delta.id(), 1L));

    Rack withDisks = racks.withMachines(m -> m.withDisks()).first().orElseThrow();
    Rack withoutDisks = racks.withMachines().first().orElseThrow();

    assertEquals(List.of("d1", "d2"), labels(withDisks.machines.get(0).disks()));
    assertEquals(List.of(), withDisks.machines.get(1).disks());
    assertNull(withoutDisks.machines.get(0).disks());
  }

  @Test
  void loadingStaysInListOrderAfterMostTargetsAreDeleted() {
    List<Long> listed = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      listed.add(0, machines.save(Machine.of("m" + i, i)).id());
    }
    Rack rack = new Rack("big");
    rack.machineIds = listed;
    racks.save(rack);
    for (long id = 4; id <= 203; id++) {
      if (id % 10 != 0) {
        machines.delete(id);
      }
    }
    Machine late = machines.save(Machine.of("late", 1));
    racks.machines(rack).attach(late.id());

    List<String> expected = new ArrayList<>();
    for (int i = 199; i >= 0; i--) {
      if ((i + 4) % 10 == 0) {
        expected.add("m" + i);
      }
    }
    expected.add("late");
    assertEquals(expected, hosts(racks.withMachines().first().orElseThrow().machines));
    assertEquals(List.of("alpha", "beta", "gamma"), hosts(machines.all()).subList(0, 3));
    assertEquals("late", hosts(machines.all()).get(machines.all().size() - 1));
    assertEquals(204L, late.id());
  }

  // ---- Nested save ----

  @Test
  void nestedSaveWritesTargetKeysIntoListKeepingExistingIdsAndAddingNewOnesOnce() {
    Rack rack = new Rack("r1", 99L, 1L);
    Machine delta = Machine.of("delta", 16);
    rack.machines = new ArrayList<>(List.of(delta, alpha, Machine.of(7, "eta", 1), delta, beta));

    Rack saved = racks.save(rack);

    // 7 is given explicitly, so the assigned key goes above it.
    List<Long> expected = List.of(99L, 1L, 8L, 7L, 2L);
    assertSame(rack, saved);
    assertEquals(expected, rack.machineIds);
    assertEquals(expected, racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(List.of("alpha", "beta", "gamma", "delta", "eta"), hosts(machines.all()));
    assertEquals(List.of(8L, 1L, 7L, 8L, 2L), rack.machines.stream().map(Machine::id).toList());
  }

  @Test
  void nestedSaveOfTargetsAlreadyListedAddsNothing() {
    racks.save(new Rack("r1", 3L, 99L, 1L, 3L));
    Rack loaded = racks.withMachines().first().orElseThrow();

    racks.save(loaded);

    assertEquals(List.of(3L, 99L, 1L, 3L), racks.find(loaded.id).orElseThrow().machineIds);
    assertEquals(3, machines.count());
  }

  @Test
  void nestedSaveIntoNullListCreatesTheList() {
    Rack rack = new Rack();
    rack.name = "r1";
    rack.machines = List.of(Machine.of("delta", 1));

    racks.save(rack);

    assertEquals(List.of(4L), rack.machineIds);
    assertEquals(List.of(4L), racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(List.of("delta"), hosts(racks.withMachines().first().orElseThrow().machines));
  }

  @Test
  void nestedSaveOfRecordOwnerReturnsInstanceCarryingKeysAndList() {
    Pool pool = new Pool(null, "p1", List.of(2L), List.of(Machine.of("delta", 1)));

    Pool saved = pools.save(pool);

    assertEquals(1L, saved.id());
    assertEquals(List.of(2L, 4L), saved.machineIds());
    assertEquals(List.of(4L), saved.machines().stream().map(Machine::id).toList());
    assertEquals(List.of(2L, 4L), pools.find(1L).orElseThrow().machineIds());
  }

  @Test
  void nestedSaveWithCustomOwnerKeyListsCodesOnce() {
    Playlist playlist = new Playlist("mix", "a");
    playlist.setTracks(
        List.of(new Track("b", "Bee", 10), new Track("a", "Ay", 20), new Track("c", "Sea", 30)));

    playlists.save(playlist);

    assertEquals(List.of("a", "b", "c"), playlist.getTrackCodes());
    Playlist stored = playlists.withTracks().first().orElseThrow();
    assertEquals(List.of("a", "b", "c"), stored.getTrackCodes());
    assertEquals(List.of("Ay", "Bee", "Sea"), titles(stored.getTracks()));
    assertEquals(List.of(1, 2, 3), playlist.getTracks().stream().map(t -> t.id).toList());
  }

  // ---- Resolver ----

  @Test
  void resolverFindAndCountFollowTheStoredList() {
    Rack rack = racks.save(new Rack("r1", 2L, 42L, 2L, 1L));
    rack.machineIds = new ArrayList<>(List.of(3L));
    Rack neverSaved = new Rack("u", 3L);

    assertEquals(List.of("beta", "beta", "alpha"), hosts(racks.machines(rack).find()));
    assertEquals(3, racks.machines(rack).count());
    assertEquals(List.of(), hosts(racks.machines(neverSaved).find()));
    assertEquals(0, racks.machines(neverSaved).count());
  }

  @Test
  void attachTargetSavesItAndAppendsItsKeyOnce() {
    Rack rack = racks.save(new Rack("r1", 1L));

    Machine attached = racks.machines(rack).attach(Machine.of("delta", 16));

    assertEquals(new Machine(4L, "delta", 16, null), attached);
    assertEquals(attached, machines.find(4L).orElseThrow());
    assertEquals(List.of(1L, 4L), rack.machineIds);
    assertEquals(List.of(1L, 4L), racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(List.of("alpha", "delta"), hosts(racks.machines(rack).find()));
  }

  @Test
  void attachTargetAlreadyListedLeavesTheListAsItWas() {
    Rack rack = racks.save(new Rack("r1", 1L, 2L));

    Machine attached = racks.machines(rack).attach(beta);

    assertEquals(beta, attached);
    assertEquals(List.of(1L, 2L), rack.machineIds);
    assertEquals(List.of(1L, 2L), racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(3, machines.count());
  }

  @Test
  void attachIdAppendsItOnceAndSaysWhetherTheListChanged() {
    Rack rack = racks.save(new Rack("r1", 1L));

    assertTrue(racks.machines(rack).attach(3L));
    assertFalse(racks.machines(rack).attach(3L));
    assertFalse(racks.machines(rack).attach(1L));

    assertEquals(List.of(1L, 3L), rack.machineIds);
    assertEquals(List.of(1L, 3L), racks.find(rack.id).orElseThrow().machineIds);
  }

  @Test
  void attachOfPresentIdChangesNothingStored() {
    racks.save(new Rack("r0", 3L));
    Rack rack = racks.save(new Rack("r1", 2L, 1L, 2L));
    racks.save(new Rack("r2", 1L));
    Map<String, List<String>> before = Tables.snapshot(racks, machines);

    assertFalse(racks.machines(rack).attach(2L));

    assertEquals(before, Tables.snapshot(racks, machines));
    assertEquals(List.of(2L, 1L, 2L), rack.machineIds);
  }

  @Test
  void attachIdWritesIntoTheStoredListNotAStaleCopy() {
    Rack rack = racks.save(new Rack("r1", 1L));
    Rack stale = racks.find(rack.id).orElseThrow();
    racks.machines(rack).attach(2L);

    assertTrue(racks.machines(stale).attach(3L));

    assertEquals(List.of(1L, 2L, 3L), racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(List.of(1L, 2L, 3L), stale.machineIds);
  }

  @Test
  void attachWithCustomOwnerKeyListsTheTargetsCode() {
    Playlist playlist = playlists.save(new Playlist("mix", "x"));

    Track attached = playlists.tracks(playlist).attach(new Track("y", "Why", 200));

    assertNotNull(attached.id);
    assertEquals(List.of("x", "y"), playlist.getTrackCodes());
    assertEquals(List.of("x", "y"), playlists.find(playlist.getId()).orElseThrow().getTrackCodes());
    assertTrue(playlists.tracks(playlist).attach("z"));
    assertFalse(playlists.tracks(playlist).attach("y"));
    assertEquals(List.of("x", "y", "z"), playlist.getTrackCodes());
  }

  @Test
  void attachOfTargetWithoutOwnerKeyNeverListsNull() {
    Playlist playlist = playlists.save(new Playlist("mix", "x"));

    try {
      playlists.tracks(playlist).attach(new Track(null, "No code", 1));
    } catch (RelataException refused) {
      // Refusing is as good as listing nothing: a null key matches nothing.
    }

    assertEquals(List.of("x"), playlists.find(playlist.getId()).orElseThrow().getTrackCodes());
  }

  @Test
  void nestedSaveOfTargetWithoutOwnerKeyListsNothingForIt() {
    Playlist playlist = new Playlist("mix", "x");
    playlist.setTracks(List.of(new Track(null, "No code", 1), new Track("y", "Why", 2)));

    playlists.save(playlist);

    assertEquals(List.of("x", "y"), playlists.find(playlist.getId()).orElseThrow().getTrackCodes());
    assertEquals(2, tracks.count());
  }

  @Test
  void detachRemovesEveryOccurrenceAndKeepsTheTargetRow() {
    Rack rack = racks.save(new Rack("r1", 1L, 2L, 1L, 3L));

    assertTrue(racks.machines(rack).detach(1L));

    assertEquals(List.of(2L, 3L), rack.machineIds);
    assertEquals(List.of(2L, 3L), racks.find(rack.id).orElseThrow().machineIds);
    assertEquals(alpha, machines.find(1L).orElseThrow());
    assertEquals(3, machines.count());
  }

  @Test
  void detachOfAbsentIdReturnsFalseAndChangesNothing() {
    Rack rack = racks.save(new Rack("r1", 1L, 2L));
    Map<String, List<String>> before = Tables.snapshot(racks, machines);

    assertFalse(racks.machines(rack).detach(3L));
    assertFalse(racks.machines(rack).detach(99L));

    assertEquals(before, Tables.snapshot(racks, machines));
  }

  @Test
  void resolverWritesOnUnsavedRackFailAndChangeNothing() {
    Rack unsaved = new Rack("u", 1L);
    Rack keyedButNotStored = new Rack("k", 1L);
    keyedButNotStored.id = 77;
    Map<String, List<String>> before = Tables.snapshot(racks, machines);

    assertThrows(
        IllegalArgumentException.class,
        () -> racks.machines(unsaved).attach(Machine.of("delta", 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> racks.machines(keyedButNotStored).attach(Machine.of("delta", 1)));
    assertThrows(IllegalArgumentException.class, () -> racks.machines(unsaved).attach(2L));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> racks.machines(keyedButNotStored).detach(1L));
    assertTrue(e.getMessage().contains("relRacks 77 is not stored"), e.getMessage());
    assertTrue(e.getMessage().contains("save the parent first"), e.getMessage());

    assertEquals(before, Tables.snapshot(racks, machines));
    assertEquals(List.of(1L), unsaved.machineIds);
    // The failed attaches took no key: the next machine still gets 4.
    assertEquals(4L, machines.save(Machine.of("delta", 1)).id());
  }

  @Test
  void attachTargetFailingAfterSavingItChangesNothing() {
    tracks.save(new Track("x", "Ex", 100));
    Playlist playlist = playlists.save(new Playlist("mix", "x"));
    Map<String, List<String>> before = Tables.snapshot(playlists, tracks);

    RelataException failure =
        assertThrows(
            RelataException.class,
            () -> playlists.tracks(playlist).attach(new Track("BANNED", "Nope", 1)));

    assertInstanceOf(IllegalArgumentException.class, failure.getCause());
    assertEquals(before, Tables.snapshot(playlists, tracks));
    assertEquals(List.of("x"), playlist.getTrackCodes());
    Track next = tracks.save(new Track("y", "Why", 1));
    kind.assertAssignedNext(2, next.id);
  }

  @Test
  void attachIdFailingInEntityCodeChangesNothing() {
    Playlist playlist = playlists.save(new Playlist("mix", "x"));
    Map<String, List<String>> before = Tables.snapshot(playlists, tracks);

    assertThrows(RelataException.class, () -> playlists.tracks(playlist).attach("BANNED"));

    assertEquals(before, Tables.snapshot(playlists, tracks));
    assertEquals(List.of("x"), playlist.getTrackCodes());
  }

  // ---- Existence filters ----

  @Test
  void hasAndDoesntHaveCountOnlyListedRowsThatExist() {
    racks.save(new Rack("one", 1L));
    racks.save(new Rack("dangling", 99L));
    Rack none = new Rack();
    none.name = "null";
    racks.save(none);
    racks.save(new Rack("twice", 3L, 3L));

    assertEquals(List.of("one", "twice"), names(racks.query().hasMachines().get()));
    assertEquals(List.of("dangling", "null"), names(racks.query().doesntHaveMachines().get()));
    assertEquals(2, racks.query().hasMachines().count());
    assertTrue(racks.query().doesntHaveMachines().exists());
  }

  @Test
  void constrainedHasAndDoesntHaveApplyTheConstraintPerRack() {
    racks.save(new Rack("one", 1L));
    racks.save(new Rack("small", 2L));
    racks.save(new Rack("twice", 3L, 3L));

    assertEquals(
        List.of("one"),
        names(racks.query().hasMachines(m -> m.where(machine -> machine.cores() >= 8)).get()));
    assertEquals(
        List.of("small", "twice"),
        names(
            racks.query().doesntHaveMachines(m -> m.where(machine -> machine.cores() >= 8)).get()));
    assertEquals(List.of("twice"), names(racks.query().hasMachines(m -> m.offset(1)).get()));
  }

  // ---- Helpers ----

  private static List<String> hosts(List<Machine> list) {
    return list.stream().map(Machine::host).toList();
  }

  private static List<String> titles(List<Track> list) {
    return list.stream().map(t -> t.title).toList();
  }

  private static List<String> labels(List<Disk> list) {
    return list.stream().map(Disk::getLabel).toList();
  }

  private static List<String> names(List<Rack> list) {
    return list.stream().map(r -> r.name).toList();
  }

  private static Map<String, List<String>> hostsByRack(List<Rack> list) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Rack rack : list) {
      result.put(rack.name, hosts(Objects.requireNonNull(rack.machines, rack.name)));
    }
    return result;
  }
}
