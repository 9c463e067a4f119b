package dev.relata.examples.relations;

import static dev.relata.examples.relations.DeleteWorld.BEST;
import static dev.relata.examples.relations.DeleteWorld.LOOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DeleteRestrictedException;
import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.relations.model.Asset;
import dev.relata.examples.relations.model.Badge;
import dev.relata.examples.relations.model.Charter;
import dev.relata.examples.relations.model.Contract;
import dev.relata.examples.relations.model.Disk;
import dev.relata.examples.relations.model.Laptop;
import dev.relata.examples.relations.model.Machine;
import dev.relata.examples.relations.model.Member;
import dev.relata.examples.relations.model.Note;
import dev.relata.examples.relations.model.Org;
import dev.relata.examples.relations.model.Playlist;
import dev.relata.examples.relations.model.Pool;
import dev.relata.examples.relations.model.Team;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code onDelete} end to end, on the seed of {@link DeleteWorld}: every rule of {@code @HasOne},
 * {@code @HasMany} and {@code @HasManyBy}, through repository {@code delete}/{@code deleteAll} and
 * resolver {@code destroy}/{@code destroyAll}; RESTRICT against rows the same delete removes; and
 * failures that must leave every table exactly as it was.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class OnDeleteTest {
  private final DeleteWorld world;

  OnDeleteTest(StoreKind kind) {
    world = DeleteWorld.seeded(kind);
  }

  // ---- @HasOne / @HasMany through repository delete ----

  @Test
  void deleteAppliesEveryRuleOfEveryRelationRecursively() {
    assertTrue(world.orgs.delete(1L));

    assertEquals(List.of(2L, 3L), keys(world.orgs.all(), Org::getId));
    // CASCADE: teams core and web, their members (bob also as ann's mentee), charter, badges.
    assertEquals(List.of(3), keys(world.teams.all(), Team::id));
    assertEquals(List.of("dee"), keys(world.members.all(), m -> m.handle));
    assertEquals(List.of(2L), keys(world.charters.all(), Charter::id));
    assertEquals(List.of(), world.badges.all());
    // SET_NULL: assets and the mascot keep their place with the key cleared; so do the laptops
    // of the members the cascade removed.
    assertEquals(
        List.of(
            new Asset(1L, "desk", null, null),
            new Asset(2L, "van", null, 2L),
            new Asset(3L, "cat", 2L, null),
            new Asset(4L, "plant", 2L, null)),
        world.assets.all());
    assertEquals(
        List.of(
            "Laptop#1 L-ann member=null", "Laptop#2 L-cy member=null", "Laptop#3 L-dee member=dee"),
        Tables.rows(world.laptops));
    // NOTHING: the notes stay, their keys dangle.
    assertEquals(
        List.of(
            "Note#1 memo org=1 pinned=null",
            "Note#2 pinned org=null pinned=1",
            "Note#3 other org=2 pinned=null"),
        Tables.rows(world.notes));
  }

  @Test
  void hasManyAndHasOneNothingLeaveRelatedRowsWithDanglingKeys() {
    Org org = world.orgs.save(new Org(null, "Umbrella"));
    world.notes.save(new Note(10L, "about", org.getId(), null));
    world.notes.save(new Note(11L, "pinned", null, org.getId()));
    List<String> before = Tables.rows(world.notes);

    assertTrue(world.orgs.delete(org.getId()));

    assertEquals(before, Tables.rows(world.notes));
    assertEquals(List.of(1L, 2L, 3L), keys(world.orgs.all(), Org::getId));
  }

  @Test
  void hasOneCascadeDeletesTheRelatedRow() {
    Org org = world.orgs.save(new Org(null, "Umbrella"));
    world.charters.save(new Charter(3L, "umbrella charter", org.getId()));

    world.orgs.delete(org.getId());

    assertEquals(List.of(1L, 2L), keys(world.charters.all(), Charter::id));
  }

  @Test
  void hasOneSetNullClearsTheKeyAndKeepsOtherKeys() {
    world.orgs.delete(1L);

    assertEquals(new Asset(3L, "cat", 2L, null), world.assets.find(3L).orElseThrow());
    assertEquals(List.of(3L, 4L), keys(world.orgs.assets(new Org(2L, "")).find(), Asset::id));
  }

  @Test
  void setNullKeepsRowsInTheirPlace() {
    world.orgs.delete(1L);

    assertEquals(List.of(1L, 2L, 3L, 4L), keys(world.assets.all(), Asset::id));
  }

  @Test
  void cascadeRecursesThroughSeveralLevels() {
    world.members.save(new Member("fay", "Fay", null, "bob")); // bob's mentee, in no team

    world.orgs.delete(1L); // org -> team core -> member bob -> mentee fay

    assertEquals(List.of("dee"), keys(world.members.all(), m -> m.handle));
  }

  @Test
  void hasManyRestrictRefusesWhileRelatedRowsRemain() {
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.delete(2L));

    assertEquals("relOrgs", refused.entity());
    assertEquals(2L, refused.key());
    assertEquals("contracts", refused.relation());
    assertEquals(List.of(1L), refused.relatedKeys());
    assertEquals(
        "cannot delete relOrgs 2: its contracts (relContracts [1]) are declared"
            + " onDelete = RESTRICT; delete them first or change onDelete",
        refused.getMessage());
    assertInstanceOf(RelataException.class, refused);
    assertEquals(before, world.tables());
  }

  @Test
  void hasOneRestrictRefusesWhileTheRelatedRowRemains() {
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.delete(3L));

    assertEquals("relOrgs", refused.entity());
    assertEquals(3L, refused.key());
    assertEquals("guarantee", refused.relation());
    assertEquals(List.of(2L), refused.relatedKeys());
    assertEquals(before, world.tables());
  }

  @Test
  void restrictAllowsTheDeleteOnceNoRelatedRowRemains() {
    world.contracts.delete(1L);
    world.contracts.save(new Contract(2L, "loan", null, null));

    assertTrue(world.orgs.delete(2L));
    assertTrue(world.orgs.delete(3L));

    assertEquals(List.of(1L), keys(world.orgs.all(), Org::getId));
  }

  @Test
  void restrictMessageListsTenKeysAndTheTotal() {
    Org org = world.orgs.save(new Org(null, "Hooli"));
    for (long i = 11; i <= 22; i++) {
      world.contracts.save(new Contract(i, "c" + i, org.getId(), null));
    }

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.delete(org.getId()));

    assertEquals(
        "cannot delete relOrgs 4: its contracts (relContracts [11, 12, 13, 14, 15, 16, 17, 18, 19,"
            + " 20, ... 12 in all]) are declared onDelete = RESTRICT; delete them first or change"
            + " onDelete",
        refused.getMessage());
    assertEquals(12, refused.relatedKeys().size());
  }

  @Test
  void restrictIgnoresRowsThatTheSameDeleteRemovesByAnotherPath() {
    // Team core restricts its badge gold, which org Acme's own cascade removes too.
    assertThrows(DeleteRestrictedException.class, () -> world.teams.delete(1));

    assertTrue(world.orgs.delete(1L));

    assertEquals(List.of(), world.badges.all());
    assertEquals(List.of(3), keys(world.teams.all(), Team::id));
  }

  @Test
  void restrictRefusesWhenAnotherPathLeavesARelatedRow() {
    world.badges.save(new Badge(3L, "bronze", 2L, 1)); // Globex's badge, awarded to team core
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.delete(1L));

    assertEquals("relTeams", refused.entity());
    assertEquals(1, refused.key());
    assertEquals("badges", refused.relation());
    assertEquals(List.of(3L), refused.relatedKeys());
    assertEquals(before, world.tables());
  }

  @Test
  void deleteOfMissingKeyReturnsFalseAndChangesNothing() {
    Map<String, List<String>> before = world.tables();

    assertFalse(world.orgs.delete(42L));
    assertFalse(world.pools.delete(42L));

    assertEquals(before, world.tables());
  }

  // ---- deleteAll ----

  @Test
  void deleteAllAppliesTheRulesToEveryRowAndCountsItsOwnRows() {
    world.contracts.deleteAll();

    assertEquals(3, world.orgs.deleteAll());

    assertEquals(0, world.orgs.count());
    assertEquals(0, world.teams.count());
    assertEquals(0, world.members.count());
    assertEquals(0, world.charters.count());
    assertEquals(0, world.badges.count());
    assertEquals(
        List.of(
            new Asset(1L, "desk", null, null),
            new Asset(2L, "van", null, null),
            new Asset(3L, "cat", null, null),
            new Asset(4L, "plant", null, null)),
        world.assets.all());
    assertEquals(Arrays.asList(null, null, null), keys(world.laptops.all(), l -> l.memberId));
    assertEquals(3, world.notes.count());
  }

  @Test
  void deleteAllRefusedByRestrictChangesNothing() {
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.deleteAll());

    assertEquals("relOrgs", refused.entity());
    assertEquals(before, world.tables());
  }

  @Test
  void deleteAllOfEntityWithoutRulesKeepsTheNextKey() {
    assertEquals(3, world.laptops.deleteAll());

    assertEquals(0, world.laptops.count());
    assertEquals(4L, world.laptops.save(new Laptop(null, "new", null)).id);
  }

  // ---- Resolvers ----

  @Test
  void hasManyDestroyAppliesTheRulesOfTheDestroyedRow() {
    Org acme = world.orgs.find(1L).orElseThrow();

    assertTrue(world.orgs.teams(acme).destroy(2));

    assertEquals(List.of(1, 3), keys(world.teams.all(), Team::id));
    assertEquals(List.of("ann", "bob", "dee"), keys(world.members.all(), m -> m.handle));
    assertEquals(Arrays.asList("ann", null, "dee"), keys(world.laptops.all(), l -> l.memberId));
  }

  @Test
  void hasManyDestroyOfAnotherParentsRowDeletesNothing() {
    Org globex = world.orgs.find(2L).orElseThrow();
    Map<String, List<String>> before = world.tables();

    assertFalse(world.orgs.teams(globex).destroy(2));
    assertFalse(world.orgs.teams(globex).destroy(42));

    assertEquals(before, world.tables());
  }

  @Test
  void hasManyDestroyRefusedByRestrictChangesNothing() {
    Org acme = world.orgs.find(1L).orElseThrow();
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.orgs.teams(acme).destroy(1));

    assertEquals("relTeams", refused.entity());
    assertEquals(List.of(1L), refused.relatedKeys());
    assertEquals(before, world.tables());
  }

  @Test
  void hasManyDestroyAllAppliesRulesAndCountsTheDestroyedRows() {
    Team core = world.teams.find(1).orElseThrow();

    assertEquals(2, world.teams.members(core).destroyAll());

    assertEquals(List.of("cy", "dee"), keys(world.members.all(), m -> m.handle));
    assertEquals(Arrays.asList(null, "cy", "dee"), keys(world.laptops.all(), l -> l.memberId));
    assertEquals(List.of(1, 2, 3), keys(world.teams.all(), Team::id));
  }

  @Test
  void hasManyDestroyAllRefusedByRestrictChangesNothing() {
    Org acme = world.orgs.find(1L).orElseThrow();
    Map<String, List<String>> before = world.tables();

    assertThrows(DeleteRestrictedException.class, () -> world.orgs.teams(acme).destroyAll());

    assertEquals(before, world.tables());
  }

  @Test
  void hasOneDestroyAppliesTheRulesOfTheDestroyedRow() {
    Member eve = new Member("eve", "Eve", null, null);
    eve.leadOfTeamId = 3;
    world.members.save(eve);
    world.members.save(new Member("fay", "Fay", null, "eve"));
    world.laptops.save(new Laptop(4L, "L-eve", "eve"));
    Team ops = world.teams.find(3).orElseThrow();

    assertTrue(world.teams.lead(ops).destroy());
    assertFalse(world.teams.lead(ops).destroy());

    assertEquals(List.of("ann", "bob", "cy", "dee"), keys(world.members.all(), m -> m.handle));
    assertEquals(
        Arrays.asList("ann", "cy", "dee", null), keys(world.laptops.all(), l -> l.memberId));
  }

  // ---- @HasManyBy ----

  @Test
  void hasManyByNothingLeavesTheListedRows() {
    List<String> machinesBefore = Tables.rows(world.machines);

    assertTrue(world.racks.delete(1L));

    assertEquals(machinesBefore, Tables.rows(world.machines));
    assertEquals(0, world.racks.count());
  }

  @Test
  void hasManyByCascadeDeletesTheListedRowsAndWhatTheyCascadeTo() {
    assertTrue(world.pools.delete(1L)); // lists [1, 99, 2, 1]

    assertEquals(List.of(3L), keys(world.machines.all(), Machine::id));
    assertEquals(List.of(3L), keys(world.disks.all(), Disk::getMachineId));
    // Pool p2 still lists machine 1, now dangling.
    Pool p2 = world.pools.withMachines().first().orElseThrow();
    assertEquals(List.of(1L, 3L), p2.machineIds());
    assertEquals(List.of(3L), keys(p2.machines(), Machine::id));
  }

  @Test
  void hasManyByCascadeThroughDeleteAll() {
    assertEquals(2, world.pools.deleteAll());

    assertEquals(0, world.machines.count());
    assertEquals(0, world.disks.count());
    assertEquals(List.of(1L, 2L), world.racks.find(1L).orElseThrow().machineIds);
  }

  @Test
  void hasManyByRestrictRefusesWhileListedRowsRemain() {
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.playlists.delete(LOOSE));

    assertEquals("relPlaylists", refused.entity());
    assertEquals(LOOSE, refused.key());
    assertEquals("tracks", refused.relation());
    assertEquals(List.of(3), refused.relatedKeys());
    assertEquals(before, world.tables());
  }

  @Test
  void hasManyByRestrictIgnoresDanglingIds() {
    world.tracks.delete(3);

    assertTrue(world.playlists.delete(LOOSE)); // lists [z, nope], neither stored now

    assertEquals(List.of(BEST), keys(world.playlists.all(), Playlist::getId));
  }

  @Test
  void hasManyByRestrictAllowsTheDeleteOnceDetached() {
    Playlist loose = world.playlists.find(LOOSE).orElseThrow();

    assertTrue(world.playlists.tracks(loose).detach("z"));

    assertTrue(world.playlists.delete(LOOSE));
  }

  @Test
  void hasManyByRestrictIgnoresRowsThatTheSameDeleteRemovesByAnotherPath() {
    // Album first cascades to playlist best, which restricts tracks x and y, and to x and y.
    assertTrue(world.albums.delete(1));

    assertEquals(List.of(2), keys(world.albums.all(), a -> a.id()));
    assertEquals(List.of("z"), keys(world.tracks.all(), t -> t.code));
    assertEquals(List.of(LOOSE), keys(world.playlists.all(), Playlist::getId));
  }

  @Test
  void hasManyByRestrictRefusesWhenAListedRowOutsideTheDeleteRemains() {
    Playlist best = world.playlists.find(BEST).orElseThrow();
    world.playlists.tracks(best).attach("z"); // track z belongs to album second
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.albums.delete(1));

    assertEquals("relPlaylists", refused.entity());
    assertEquals(BEST, refused.key());
    assertEquals(List.of(3), refused.relatedKeys());
    assertEquals(before, world.tables());
  }

  @Test
  void hasManyByRestrictThroughDeleteAllChangesNothing() {
    Map<String, List<String>> before = world.tables();

    DeleteRestrictedException refused =
        assertThrows(DeleteRestrictedException.class, () -> world.playlists.deleteAll());

    assertEquals("tracks", refused.relation());
    assertEquals(before, world.tables());
  }

  // ---- Cycles ----

  @Test
  void cascadeCycleWithinOneEntityTerminates() {
    world.members.save(new Member("gus", "Gus", null, "hal"));
    world.members.save(new Member("hal", "Hal", null, "gus"));

    assertTrue(world.members.delete("gus"));

    assertEquals(List.of("ann", "bob", "cy", "dee"), keys(world.members.all(), m -> m.handle));
  }

  @Test
  void cascadeCycleAcrossEntitiesTerminates() {
    // Team 4 holds ida, who founded team 5, which holds jo, who founded team 4.
    world.teams.save(Team.of(4, "four", null, "jo"));
    world.teams.save(Team.of(5, "five", null, "ida"));
    world.members.save(new Member("ida", "Ida", 4, null));
    world.members.save(new Member("jo", "Jo", 5, null));

    assertTrue(world.teams.delete(4));

    assertEquals(List.of(1, 2, 3), keys(world.teams.all(), Team::id));
    assertEquals(List.of("ann", "bob", "cy", "dee"), keys(world.members.all(), m -> m.handle));
  }

  @Test
  void cascadeCycleThroughTheDeletedRowItselfTerminates() {
    world.teams.save(Team.of(4, "four", null, "kim"));
    world.members.save(new Member("kim", "Kim", 4, "kim")); // her own mentor, founder of her team

    assertTrue(world.members.delete("kim"));

    assertEquals(List.of(1, 2, 3), keys(world.teams.all(), Team::id));
    assertEquals(4, world.members.count());
  }

  // ---- Failures leave every table exactly as before ----

  @Test
  void restrictRefusalDeepInACascadeLeavesEveryTableExactlyAsBefore() {
    assertDeleteFailsAndChangesNothing(
        w -> w.badges.save(new Badge(3L, "bronze", 2L, 1)),
        w -> w.orgs.delete(1L),
        DeleteRestrictedException.class);
  }

  @Test
  void hasManyByRestrictRefusalLeavesEveryTableExactlyAsBefore() {
    assertDeleteFailsAndChangesNothing(
        w -> w.playlists.tracks(w.playlists.find(BEST).orElseThrow()).attach("z"),
        w -> w.albums.delete(1),
        DeleteRestrictedException.class);
  }

  @Test
  void failingSetNullPartWayLeavesEveryTableExactlyAsBefore() {
    if (world.kind.sql()) {
      // A SQL store clears keys with UPDATE ... SET org_id = NULL: no entity code runs, so nothing
      // refuses; the pinned asset's row is then one its record cannot be built from.
      world.assets.save(new Asset(5L, "pinned:flag", 1L, null));
      assertTrue(world.orgs.delete(1L));
      RelataException unreadable = assertThrows(RelataException.class, () -> world.assets.find(5L));
      assertTrue(unreadable.getMessage().contains("relAssets"), unreadable.getMessage());
      return;
    }
    // Assets desk and van lose their org first; then the pinned asset refuses to.
    RelataException failure =
        assertDeleteFailsAndChangesNothing(
            w -> w.assets.save(new Asset(5L, "pinned:flag", 1L, null)),
            w -> w.orgs.delete(1L),
            RelataException.class);

    assertInstanceOf(IllegalArgumentException.class, failure.getCause());
  }

  @Test
  void failingEntityReadPartWayThroughACascadeLeavesEveryTableExactlyAsBefore() {
    RelataException failure =
        assertDeleteFailsAndChangesNothing(
            w -> {},
            w -> {
              Charter.failReads = true;
              try {
                w.orgs.delete(1L);
              } finally {
                Charter.failReads = false;
              }
            },
            RelataException.class);

    assertInstanceOf(IllegalStateException.class, failure.getCause());
  }

  @Test
  void failingEntityReadWhileClearingAKeyLeavesEveryTableExactlyAsBefore() {
    if (world.kind.sql()) {
      // No entity code runs while a SQL store clears a key, so none can fail it.
      Asset.refuseMissingOrg = true;
      try {
        assertTrue(world.orgs.delete(1L));
      } finally {
        Asset.refuseMissingOrg = false;
      }
      assertNull(world.assets.find(1L).orElseThrow().orgId());
      return;
    }
    RelataException failure =
        assertDeleteFailsAndChangesNothing(
            w -> {},
            w -> {
              Asset.refuseMissingOrg = true;
              try {
                w.orgs.delete(1L);
              } finally {
                Asset.refuseMissingOrg = false;
              }
            },
            RelataException.class);

    assertInstanceOf(IllegalStateException.class, failure.getCause());
  }

  @Test
  void failingDeleteAllPartWayLeavesEveryTableExactlyAsBefore() {
    if (world.kind.sql()) {
      // As in failingSetNullPartWay...: nothing refuses the cleared key on a SQL store.
      world.contracts.deleteAll();
      world.assets.save(new Asset(5L, "pinned:flag", 2L, null));
      assertEquals(3, world.orgs.deleteAll());
      return;
    }
    assertDeleteFailsAndChangesNothing(
        w -> {
          w.contracts.deleteAll();
          w.assets.save(new Asset(5L, "pinned:flag", 2L, null));
        },
        w -> w.orgs.deleteAll(),
        RelataException.class);
  }

  /**
   * Seeds two worlds alike, applies {@code setup} to both, runs {@code delete} on one, and checks
   * that it failed with {@code failure} and left that world equal to the other: the same rows in
   * the same order, the same relations as loaded, the same keys assigned next.
   */
  private <E extends RelataException> E assertDeleteFailsAndChangesNothing(
      Consumer<DeleteWorld> setup, Consumer<DeleteWorld> delete, Class<E> failure) {
    DeleteWorld tried = DeleteWorld.seeded(world.kind);
    DeleteWorld untouched = DeleteWorld.seeded(world.kind);
    setup.accept(tried);
    setup.accept(untouched);
    Executable attempt = () -> delete.accept(tried);

    E thrown = assertThrows(failure, attempt);

    assertEquals(untouched.tables(), tried.tables());
    assertEquals(untouched.relations(), tried.relations());
    assertEquals(untouched.nextKeys(), tried.nextKeys());
    return thrown;
  }

  private static <T> List<Object> keys(List<T> rows, Function<T, Object> key) {
    List<Object> keys = new ArrayList<>();
    for (T row : rows) {
      keys.add(key.apply(row));
    }
    return keys;
  }
}
