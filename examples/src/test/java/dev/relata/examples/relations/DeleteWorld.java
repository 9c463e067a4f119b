package dev.relata.examples.relations;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.relations.model.Album;
import dev.relata.examples.relations.model.AlbumRepository;
import dev.relata.examples.relations.model.Asset;
import dev.relata.examples.relations.model.AssetRepository;
import dev.relata.examples.relations.model.Badge;
import dev.relata.examples.relations.model.BadgeRepository;
import dev.relata.examples.relations.model.Charter;
import dev.relata.examples.relations.model.CharterRepository;
import dev.relata.examples.relations.model.Contract;
import dev.relata.examples.relations.model.ContractRepository;
import dev.relata.examples.relations.model.Disk;
import dev.relata.examples.relations.model.DiskRepository;
import dev.relata.examples.relations.model.Laptop;
import dev.relata.examples.relations.model.LaptopRepository;
import dev.relata.examples.relations.model.Machine;
import dev.relata.examples.relations.model.MachineRepository;
import dev.relata.examples.relations.model.Member;
import dev.relata.examples.relations.model.MemberRepository;
import dev.relata.examples.relations.model.Note;
import dev.relata.examples.relations.model.NoteRepository;
import dev.relata.examples.relations.model.Org;
import dev.relata.examples.relations.model.OrgRepository;
import dev.relata.examples.relations.model.Playlist;
import dev.relata.examples.relations.model.PlaylistRepository;
import dev.relata.examples.relations.model.Pool;
import dev.relata.examples.relations.model.PoolRepository;
import dev.relata.examples.relations.model.Rack;
import dev.relata.examples.relations.model.RackRepository;
import dev.relata.examples.relations.model.Team;
import dev.relata.examples.relations.model.TeamRepository;
import dev.relata.examples.relations.model.Track;
import dev.relata.examples.relations.model.TrackRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A store seeded for the delete tests, with every repository, a snapshot of every table and of
 * every relation as loaded, and a probe of the keys each table assigns next. Two worlds seeded
 * alike and given the same writes must compare equal: that is how a failed delete is shown to have
 * changed nothing.
 *
 * <p>Seed, organisations: Acme (1) has teams core (1: ann, bob mentored by ann; badge gold) and web
 * (2: cy), charter 1, assets desk and van (van is Globex's mascot), badges gold and silver, note
 * memo and a pinned note. Globex (2) has team ops (3: dee), charter 2, assets cat (Acme's mascot)
 * and plant, contract supply. Initech (3) guarantees contract loan. Laptops of ann, cy, dee.
 * Machines: alpha (1), beta (2), gamma (3), one disk each; rack r1 lists [1, 2]; pool p1 owns [1,
 * 99, 2, 1], pool p2 owns [1, 3]. Albums first (1: tracks x, y) and second (2: track z); playlist
 * best (album 1) lists [x, y]; playlist loose (no album) lists [z, nope].
 */
final class DeleteWorld {
  static final UUID BEST = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID LOOSE = UUID.fromString("00000000-0000-0000-0000-000000000002");

  final StoreKind kind;
  final Store store;
  final OrgRepository orgs;
  final TeamRepository teams;
  final MemberRepository members;
  final LaptopRepository laptops;
  final CharterRepository charters;
  final AssetRepository assets;
  final ContractRepository contracts;
  final NoteRepository notes;
  final BadgeRepository badges;
  final MachineRepository machines;
  final DiskRepository disks;
  final RackRepository racks;
  final PoolRepository pools;
  final TrackRepository tracks;
  final AlbumRepository albums;
  final PlaylistRepository playlists;

  private DeleteWorld(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    orgs = new OrgRepository(store);
    teams = new TeamRepository(store);
    members = new MemberRepository(store);
    laptops = new LaptopRepository(store);
    charters = new CharterRepository(store);
    assets = new AssetRepository(store);
    contracts = new ContractRepository(store);
    notes = new NoteRepository(store);
    badges = new BadgeRepository(store);
    machines = new MachineRepository(store);
    disks = new DiskRepository(store);
    racks = new RackRepository(store);
    pools = new PoolRepository(store);
    tracks = new TrackRepository(store);
    albums = new AlbumRepository(store);
    playlists = new PlaylistRepository(store);
    kind.ready(store);
  }

  /** A world with the seed described above, in a store of {@code kind}. */
  static DeleteWorld seeded(StoreKind kind) {
    DeleteWorld world = new DeleteWorld(kind);
    world.seed();
    return world;
  }

  private void seed() {
    orgs.save(new Org(1L, "Acme"));
    orgs.save(new Org(2L, "Globex"));
    orgs.save(new Org(3L, "Initech"));
    teams.save(Team.of(1, "core", 1L));
    teams.save(Team.of(2, "web", 1L));
    teams.save(Team.of(3, "ops", 2L));
    members.save(new Member("ann", "Ann", 1, null));
    members.save(new Member("bob", "Bob", 1, "ann"));
    members.save(new Member("cy", "Cy", 2, null));
    members.save(new Member("dee", "Dee", 3, null));
    laptops.save(new Laptop(1L, "L-ann", "ann"));
    laptops.save(new Laptop(2L, "L-cy", "cy"));
    laptops.save(new Laptop(3L, "L-dee", "dee"));
    charters.save(new Charter(1L, "acme charter", 1L));
    charters.save(new Charter(2L, "globex charter", 2L));
    assets.save(new Asset(1L, "desk", 1L, null));
    assets.save(new Asset(2L, "van", 1L, 2L));
    assets.save(new Asset(3L, "cat", 2L, 1L));
    assets.save(new Asset(4L, "plant", 2L, null));
    contracts.save(new Contract(1L, "supply", 2L, null));
    contracts.save(new Contract(2L, "loan", null, 3L));
    notes.save(new Note(1L, "memo", 1L, null));
    notes.save(new Note(2L, "pinned", null, 1L));
    notes.save(new Note(3L, "other", 2L, null));
    badges.save(new Badge(1L, "gold", 1L, 1));
    badges.save(new Badge(2L, "silver", 1L, null));

    machines.save(Machine.of(1, "alpha", 8));
    machines.save(Machine.of(2, "beta", 2));
    machines.save(Machine.of(3, "gamma", 4));
    for (long machine = 1; machine <= 3; machine++) {
      Disk disk = new Disk("disk of " + machine);
      disk.setMachineId(machine);
      disks.save(disk);
    }
    racks.save(new Rack("r1", 1L, 2L));
    pools.save(Pool.of("p1", List.of(1L, 99L, 2L, 1L)));
    pools.save(Pool.of("p2", List.of(1L, 3L)));
    albums.save(Album.of(1, "first"));
    albums.save(Album.of(2, "second"));
    tracks.save(track(1, "x", 1));
    tracks.save(track(2, "y", 1));
    tracks.save(track(3, "z", 2));
    playlists.save(playlist(BEST, "best", 1, "x", "y"));
    playlists.save(playlist(LOOSE, "loose", null, "z", "nope"));
  }

  static Track track(int id, String code, Integer albumId) {
    Track track = new Track(code, "Track " + code, 60);
    track.id = id;
    track.albumId = albumId;
    return track;
  }

  static Playlist playlist(UUID id, String name, Integer albumId, String... codes) {
    Playlist playlist = new Playlist(name, codes);
    playlist.setId(id);
    playlist.setAlbumId(albumId);
    return playlist;
  }

  /** Every row of every table, in insertion order, with each table's count. */
  Map<String, List<String>> tables() {
    return Tables.snapshot(
        orgs, teams, members, laptops, charters, assets, contracts, notes, badges, machines, disks,
        racks, pools, tracks, albums, playlists);
  }

  /**
   * Every relation of every row as loaded, both eagerly and through resolvers: this reads every key
   * index, so an index that disagrees with its table shows here.
   */
  Map<String, List<String>> relations() {
    Map<String, List<String>> views = new LinkedHashMap<>();
    for (Org org : orgs.withAll().get()) {
      views.put(
          "org " + org.getId(),
          List.of(
              keys(org.getTeams(), Team::id),
              String.valueOf(org.getCharter()),
              keys(org.getAssets(), Asset::id),
              String.valueOf(org.getMascot()),
              keys(org.getContracts(), Contract::getId),
              String.valueOf(org.getGuarantee()),
              keys(org.getNotes(), n -> n.id),
              String.valueOf(org.getPinnedNote()),
              keys(org.getBadges(), Badge::id),
              keys(orgs.teams(org).find(), Team::id),
              keys(orgs.assets(org).find(), Asset::id),
              String.valueOf(orgs.charter(org).find())));
    }
    for (Team team : teams.withAll().get()) {
      views.put(
          "team " + team.id(),
          List.of(
              keys(team.members(), m -> m.handle),
              keys(team.badges(), Badge::id),
              String.valueOf(team.lead())));
    }
    for (Member member : members.withAll().get()) {
      views.put(
          "member " + member.handle,
          List.of(
              keys(member.mentees, m -> m.handle),
              keys(member.foundedTeams, Team::id),
              String.valueOf(member.laptop)));
    }
    for (Machine machine : machines.withDisks().get()) {
      views.put("machine " + machine.id(), List.of(keys(machine.disks(), Disk::getId)));
    }
    for (Rack rack : racks.withAll().get()) {
      views.put("rack " + rack.id, List.of(keys(rack.machines, Machine::id)));
    }
    for (Pool pool : pools.withMachines().get()) {
      views.put("pool " + pool.id(), List.of(keys(pool.machines(), Machine::id)));
    }
    for (Album album : albums.withAll().get()) {
      views.put(
          "album " + album.id(),
          List.of(keys(album.tracks(), t -> t.id), keys(album.playlists(), Playlist::getId)));
    }
    for (Playlist playlist : playlists.withTracks().get()) {
      views.put("playlist " + playlist.getId(), List.of(keys(playlist.getTracks(), t -> t.id)));
    }
    return views;
  }

  /**
   * The key each numeric-keyed table assigns next, found by saving a row without a key into each:
   * call it last, it writes.
   */
  List<Object> nextKeys() {
    List<Object> keys = new ArrayList<>();
    keys.add(orgs.save(new Org(null, "probe")).getId());
    keys.add(teams.save(new Team(null, "probe", null, null, null, null, null)).id());
    keys.add(laptops.save(new Laptop(null, "probe", null)).id);
    keys.add(charters.save(new Charter(null, "probe", null)).id());
    keys.add(assets.save(new Asset(null, "probe", null, null)).id());
    keys.add(contracts.save(new Contract(null, "probe", null, null)).getId());
    keys.add(notes.save(new Note(null, "probe", null, null)).id);
    keys.add(badges.save(new Badge(null, "probe", null, null)).id());
    keys.add(machines.save(Machine.of("probe", 1)).id());
    keys.add(disks.save(new Disk("probe")).getId());
    keys.add(racks.save(new Rack("probe")).id);
    keys.add(pools.save(Pool.of("probe", null)).id());
    keys.add(tracks.save(new Track("probe", "probe", 1)).id);
    keys.add(albums.save(new Album(null, "probe", null, null)).id());
    return keys;
  }

  private static <T> String keys(List<T> rows, Function<T, Object> key) {
    return rows == null ? "not loaded" : rows.stream().map(key).toList().toString();
  }
}
