package dev.relata.examples.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DeleteRestrictedException;
import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import dev.relata.examples.relations.model.Collar;
import dev.relata.examples.relations.model.CollarRepository;
import dev.relata.examples.relations.model.Owner;
import dev.relata.examples.relations.model.OwnerRepository;
import dev.relata.examples.relations.model.Pet;
import dev.relata.examples.relations.model.PetRepository;
import dev.relata.examples.relations.model.Toy;
import dev.relata.examples.relations.model.ToyRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.function.Executable;

/**
 * Random sequences of writes and reads on a small schema, checked after every step against a
 * reference model made of plain maps and lists; some steps are transactions of several writes,
 * which commit or fail part way (and may hold a transaction that fails alone), checked after every
 * write inside too.
 *
 * <p>Schema: an owner's pets go with it (CASCADE), its toys stay with their key cleared (SET_NULL),
 * the toys it lists in {@code toyIds} as favorites ({@code @HasManyBy}) restrict its deletion, and
 * its collar ({@code @HasOne}) stays as it is (NOTHING); a pet's chew toys go with it (CASCADE),
 * and a pet belongs to its owner ({@code @BelongsTo}).
 */
class RelationModelPropertyTest {

  @Property(tries = 1000)
  void everyStepMatchesTheReferenceModel(@ForAll("operations") List<Op> operations) {
    Store store = Store.inMemory();
    Run run = new Run(store);
    for (Op op : operations) {
      run.applyAndCheck(op);
    }
  }

  // ---- Operations ----

  sealed interface Op {}

  /** Saves an owner carrying new pets (with chew toys), new owned toys and favorites. */
  record SaveOwner(
      Long id,
      String name,
      boolean keepStoredList,
      List<PetSpec> pets,
      List<String> ownedToys,
      List<Favorite> favorites)
      implements Op {}

  record PetSpec(String name, List<String> chewToys) {}

  sealed interface Favorite {}

  record NewFavorite(String name) implements Favorite {}

  record StoredFavorite(long id) implements Favorite {}

  /** The chew toy at this index (modulo their number) of the same save: one object, two roles. */
  record SharedFavorite(int index) implements Favorite {}

  record InsertToy(long id, String name) implements Op {}

  record DeleteOwner(long id) implements Op {}

  record DeletePet(long id) implements Op {}

  record DeleteToy(long id) implements Op {}

  record DeleteAll(String table) implements Op {}

  record AttachId(long ownerId, long toyId) implements Op {}

  record AttachNew(long ownerId, String name) implements Op {}

  record Detach(long ownerId, long toyId) implements Op {}

  record CreatePet(long ownerId, String name, List<String> chewToys) implements Op {}

  record DestroyPet(long ownerId, long petId) implements Op {}

  record DestroyOwnedToys(long ownerId) implements Op {}

  /** Creates a collar through the owner's resolver: the one it held stays, its key cleared. */
  record GiveCollar(long ownerId, String name) implements Op {}

  record DestroyCollar(long ownerId) implements Op {}

  /** Makes the owner with this key (saved first if there is none) the pet's owner. */
  record MovePet(long petId, long ownerId) implements Op {}

  record FreePet(long petId) implements Op {}

  /**
   * Runs {@code ops} in one transaction, which throws before the op at {@code failAt} (after the
   * last, if it is their number) or commits if {@code failAt} is past that.
   */
  record InTransaction(List<Op> ops, int failAt) implements Op {}

  /** What a transaction that fails on purpose throws, to be found unchanged outside. */
  static final class Abort extends RuntimeException {
    Abort() {
      super("abort", null, false, false);
    }
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Long> ids = Arbitraries.longs().between(1, 7);
    Arbitrary<String> names = Arbitraries.of("a", "b", "c", "d");
    Arbitrary<List<String>> fewNames = names.list().ofMaxSize(2);
    Arbitrary<PetSpec> pets = Combinators.combine(names, fewNames).as(PetSpec::new);
    Arbitrary<Favorite> favorite =
        Arbitraries.<Favorite>oneOf(
            names.map(NewFavorite::new),
            ids.map(StoredFavorite::new),
            Arbitraries.integers().between(0, 3).map(SharedFavorite::new));
    Arbitrary<SaveOwner> saveOwner =
        Combinators.combine(
                ids.injectNull(0.5),
                names,
                Arbitraries.of(true, false),
                pets.list().ofMaxSize(2),
                fewNames,
                favorite.list().ofMaxSize(3).injectNull(0.3))
            .as(SaveOwner::new);
    Arbitrary<Op> single =
        Arbitraries.frequencyOf(
            weight(6, saveOwner),
            weight(2, Combinators.combine(ids, names).as(InsertToy::new)),
            weight(3, ids.map(DeleteOwner::new)),
            weight(2, ids.map(DeletePet::new)),
            weight(2, ids.map(DeleteToy::new)),
            weight(1, Arbitraries.of("owners", "pets", "toys").map(DeleteAll::new)),
            weight(3, Combinators.combine(ids, ids).as(AttachId::new)),
            weight(2, Combinators.combine(ids, names).as(AttachNew::new)),
            weight(2, Combinators.combine(ids, ids).as(Detach::new)),
            weight(2, Combinators.combine(ids, names, fewNames).as(CreatePet::new)),
            weight(1, Combinators.combine(ids, ids).as(DestroyPet::new)),
            weight(1, ids.map(DestroyOwnedToys::new)),
            weight(2, Combinators.combine(ids, names).as(GiveCollar::new)),
            weight(1, ids.map(DestroyCollar::new)),
            weight(2, Combinators.combine(ids, ids).as(MovePet::new)),
            weight(1, ids.map(FreePet::new)));
    Arbitrary<Integer> failAt = Arbitraries.integers().between(0, 7);
    Arbitrary<Op> inner =
        Combinators.combine(single.list().ofMaxSize(4), failAt).as(InTransaction::new);
    Arbitrary<Op> outer =
        Combinators.combine(
                Arbitraries.frequencyOf(weight(4, single), weight(1, inner)).list().ofMaxSize(5),
                failAt)
            .as(InTransaction::new);
    return Arbitraries.frequencyOf(weight(6, single), weight(1, outer)).list().ofMaxSize(30);
  }

  private static Tuple2<Integer, Arbitrary<? extends Op>> weight(
      int weight, Arbitrary<? extends Op> operation) {
    return Tuple.of(weight, operation);
  }

  // ---- The reference model ----

  record OwnerRow(long id, String name, List<Long> toyIds) {}

  record PetRow(long id, String name, Long ownerId) {}

  record ToyRow(long id, String name, Long ownerId, Long petId) {}

  record CollarRow(long id, String name, Long ownerId) {}

  /** Tables as insertion-ordered maps (a replaced row keeps its place) and key counters. */
  static final class Model {
    final Map<Long, OwnerRow> owners = new LinkedHashMap<>();
    final Map<Long, PetRow> pets = new LinkedHashMap<>();
    final Map<Long, ToyRow> toys = new LinkedHashMap<>();
    final Map<Long, CollarRow> collars = new LinkedHashMap<>();
    long ownerHigh;
    long petHigh;
    long toyHigh;
    long collarHigh;

    /** A copy to go back to when a transaction fails: rows are immutable, so maps suffice. */
    Model copy() {
      Model copy = new Model();
      copy.restore(this);
      return copy;
    }

    /** Puts the state of {@code saved} back, as a failed transaction does. */
    void restore(Model saved) {
      owners.clear();
      owners.putAll(saved.owners);
      pets.clear();
      pets.putAll(saved.pets);
      toys.clear();
      toys.putAll(saved.toys);
      collars.clear();
      collars.putAll(saved.collars);
      ownerHigh = saved.ownerHigh;
      petHigh = saved.petHigh;
      toyHigh = saved.toyHigh;
      collarHigh = saved.collarHigh;
    }

    /**
     * Gives owner {@code ownerId} a new collar: the collars it held keep their rows with the key
     * cleared (a {@code @HasOne} holds one row; NOTHING releases by clearing). Returns its key.
     */
    long giveCollar(long ownerId, String name) {
      for (CollarRow held : List.copyOf(collars.values())) {
        if (Objects.equals(held.ownerId(), ownerId)) {
          collars.put(held.id(), new CollarRow(held.id(), held.name(), null));
        }
      }
      long key = ++collarHigh;
      collars.put(key, new CollarRow(key, name, ownerId));
      return key;
    }

    /** Deletes the collars of owner {@code ownerId}; whether there was one. */
    boolean destroyCollar(long ownerId) {
      return collars.values().removeIf(c -> Objects.equals(c.ownerId(), ownerId));
    }

    /** The pet's owner becomes {@code ownerId}; a missing owner is saved first, as given. */
    void movePet(long petId, Long ownerId) {
      if (ownerId != null && !owners.containsKey(ownerId)) {
        owners.put(ownerId, new OwnerRow(ownerId, "never stored", null));
        ownerHigh = Math.max(ownerHigh, ownerId);
      }
      PetRow pet = pets.get(petId);
      pets.put(petId, new PetRow(petId, pet.name(), ownerId));
    }

    /**
     * Saves the object graph of {@code owner} as Relata specifies: objects in visit order (owner,
     * each pet then its chew toys, owned toys, favorites; each object once), explicit keys first,
     * then keys assigned in visit order, foreign keys and the key list linked, rows upserted.
     * Returns the owner's key. Reads the objects, never changes them.
     */
    long saveOwner(Owner owner) {
      List<Object> order = new ArrayList<>();
      Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      seen.add(owner);
      order.add(owner);
      Map<Object, Pet> petOfToy = new IdentityHashMap<>();
      Set<Object> ownedToys = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Pet pet : nullToEmpty(owner.pets)) {
        if (seen.add(pet)) {
          order.add(pet);
          for (Toy toy : nullToEmpty(pet.toys)) {
            petOfToy.put(toy, pet);
            if (seen.add(toy)) {
              order.add(toy);
            }
          }
        }
      }
      for (Toy toy : nullToEmpty(owner.toys)) {
        ownedToys.add(toy);
        if (seen.add(toy)) {
          order.add(toy);
        }
      }
      for (Toy toy : nullToEmpty(owner.favorites)) {
        if (seen.add(toy)) {
          order.add(toy);
        }
      }

      Map<Object, Long> keys = new IdentityHashMap<>();
      for (Object object : order) {
        Long key = givenKey(object);
        if (key != null) {
          keys.put(object, key);
          raise(object, key);
        }
      }
      for (Object object : order) {
        if (!keys.containsKey(object)) {
          keys.put(object, next(object));
        }
      }

      long ownerKey = keys.get(owner);
      List<Long> toyIds = owner.toyIds == null ? null : new ArrayList<>(owner.toyIds);
      if (owner.favorites != null) {
        toyIds = toyIds == null ? new ArrayList<>() : toyIds;
        Set<Long> listed = new HashSet<>(toyIds);
        for (Toy toy : owner.favorites) {
          if (listed.add(keys.get(toy))) {
            toyIds.add(keys.get(toy));
          }
        }
      }
      for (Object object : order) {
        long key = keys.get(object);
        if (object instanceof Owner o) {
          owners.put(key, new OwnerRow(key, o.name, toyIds));
        } else if (object instanceof Pet p) {
          pets.put(key, new PetRow(key, p.name, ownerKey));
        } else {
          Toy t = (Toy) object;
          Long ownerId = ownedToys.contains(t) ? Long.valueOf(ownerKey) : t.ownerId;
          Pet pet = petOfToy.get(t);
          Long petId = pet != null ? keys.get(pet) : t.petId;
          toys.put(key, new ToyRow(key, t.name, ownerId, petId));
        }
      }
      return ownerKey;
    }

    /** Creates a pet of owner {@code ownerId} with new chew toys, through the pets resolver. */
    void createPet(long ownerId, String name, List<String> chewToys) {
      long petKey = ++petHigh;
      pets.put(petKey, new PetRow(petKey, name, ownerId));
      for (String toy : chewToys) {
        long toyKey = ++toyHigh;
        toys.put(toyKey, new ToyRow(toyKey, toy, null, petKey));
      }
    }

    boolean insertToy(long id, String name) {
      if (toys.containsKey(id)) {
        return false;
      }
      toys.put(id, new ToyRow(id, name, null, null));
      toyHigh = Math.max(toyHigh, id);
      return true;
    }

    /**
     * Deletes the given rows and what CASCADE reaches; clears SET_NULL keys; refuses (returning
     * false, changing nothing) when a deleted owner lists a stored toy that the delete keeps.
     */
    boolean delete(Set<Long> ownerRoots, Set<Long> petRoots, Set<Long> toyRoots) {
      Set<Long> doomedOwners = new LinkedHashSet<>(ownerRoots);
      Set<Long> doomedPets = new LinkedHashSet<>(petRoots);
      Set<Long> doomedToys = new LinkedHashSet<>(toyRoots);
      for (PetRow pet : pets.values()) {
        if (pet.ownerId() != null && doomedOwners.contains(pet.ownerId())) {
          doomedPets.add(pet.id());
        }
      }
      for (ToyRow toy : toys.values()) {
        if (toy.petId() != null && doomedPets.contains(toy.petId())) {
          doomedToys.add(toy.id());
        }
      }
      for (long owner : doomedOwners) {
        for (Long listed : nullToEmpty(owners.get(owner).toyIds())) {
          if (toys.containsKey(listed) && !doomedToys.contains(listed)) {
            return false;
          }
        }
      }
      for (ToyRow toy : List.copyOf(toys.values())) {
        if (toy.ownerId() != null
            && doomedOwners.contains(toy.ownerId())
            && !doomedToys.contains(toy.id())) {
          toys.put(toy.id(), new ToyRow(toy.id(), toy.name(), null, toy.petId()));
        }
      }
      owners.keySet().removeAll(doomedOwners);
      pets.keySet().removeAll(doomedPets);
      toys.keySet().removeAll(doomedToys);
      return true;
    }

    /** Adds or removes {@code toyId} in the stored owner's list; whether it changed. */
    boolean changeList(long ownerId, long toyId, boolean add) {
      OwnerRow row = owners.get(ownerId);
      List<Long> list = new ArrayList<>(nullToEmpty(row.toyIds()));
      boolean changed =
          add ? !list.contains(toyId) && list.add(toyId) : list.removeIf(id -> id == toyId);
      if (changed) {
        owners.put(ownerId, new OwnerRow(ownerId, row.name(), list));
      }
      return changed;
    }

    private Long givenKey(Object object) {
      if (object instanceof Owner o) {
        return o.id;
      }
      return object instanceof Pet p ? p.id : ((Toy) object).id;
    }

    private void raise(Object object, long key) {
      if (object instanceof Owner) {
        ownerHigh = Math.max(ownerHigh, key);
      } else if (object instanceof Pet) {
        petHigh = Math.max(petHigh, key);
      } else {
        toyHigh = Math.max(toyHigh, key);
      }
    }

    private long next(Object object) {
      if (object instanceof Owner) {
        return ++ownerHigh;
      }
      return object instanceof Pet ? ++petHigh : ++toyHigh;
    }

    // Views, as Relata must return them.

    List<String> tree() {
      List<String> tree = new ArrayList<>();
      for (OwnerRow owner : owners.values()) {
        List<String> petViews = new ArrayList<>();
        for (PetRow pet : where(pets, p -> Objects.equals(p.ownerId(), owner.id()))) {
          petViews.add(pet.id() + toyKeys(where(toys, t -> Objects.equals(t.petId(), pet.id()))));
        }
        List<Long> favorites = new ArrayList<>();
        for (Long listed : nullToEmpty(owner.toyIds())) {
          if (toys.containsKey(listed)) {
            favorites.add(listed);
          }
        }
        Long collar =
            collars.values().stream()
                .filter(c -> Objects.equals(c.ownerId(), owner.id()))
                .map(CollarRow::id)
                .findFirst()
                .orElse(null);
        tree.add(
            owner.id()
                + " pets="
                + petViews
                + " toys="
                + toyKeys(where(toys, t -> Objects.equals(t.ownerId(), owner.id())))
                + " favorites="
                + favorites
                + " collar="
                + collar);
      }
      return tree;
    }

    List<Long> ownersWithFavorites() {
      List<Long> result = new ArrayList<>();
      for (OwnerRow owner : owners.values()) {
        if (nullToEmpty(owner.toyIds()).stream().anyMatch(toys::containsKey)) {
          result.add(owner.id());
        }
      }
      return result;
    }

    List<Long> ownersWithoutPetsWithToys() {
      List<Long> result = new ArrayList<>();
      for (OwnerRow owner : owners.values()) {
        boolean any =
            where(pets, p -> Objects.equals(p.ownerId(), owner.id())).stream()
                .anyMatch(
                    p -> toys.values().stream().anyMatch(t -> Objects.equals(t.petId(), p.id())));
        if (!any) {
          result.add(owner.id());
        }
      }
      return result;
    }

    /** Each pet with its chew toy of the greatest name (ties: the first stored), or none. */
    List<String> petsWithTopToy() {
      List<String> result = new ArrayList<>();
      for (PetRow pet : pets.values()) {
        List<ToyRow> chewed =
            new ArrayList<>(where(toys, t -> Objects.equals(t.petId(), pet.id())));
        chewed.sort(Comparator.comparing(ToyRow::name).reversed());
        result.add(pet.id() + "->" + toyKeys(chewed.isEmpty() ? chewed : chewed.subList(0, 1)));
      }
      return result;
    }

    private static <R> List<R> where(Map<Long, R> table, Predicate<R> condition) {
      return table.values().stream().filter(condition).toList();
    }

    private static String toyKeys(List<ToyRow> rows) {
      return rows.stream().map(ToyRow::id).toList().toString();
    }
  }

  // ---- Running operations on both ----

  static final class Run {
    final OwnerRepository owners;
    final PetRepository pets;
    final ToyRepository toys;
    final CollarRepository collars;
    final Store store;
    final Model model = new Model();

    Run(Store store) {
      this.store = store;
      owners = new OwnerRepository(store);
      pets = new PetRepository(store);
      toys = new ToyRepository(store);
      collars = new CollarRepository(store);
    }

    /** Applies {@code op} to the store and the model, and checks them after it. */
    void applyAndCheck(Op op) {
      if (op instanceof InTransaction tx) {
        applyTransaction(tx);
      } else {
        apply(op);
      }
      check(op);
    }

    /**
     * Runs the ops of {@code tx} in one transaction, checking after each; if it fails on purpose,
     * the model goes back to where it was, and so must the store (checked after it), and the
     * transaction's exception must come out unchanged.
     */
    private void applyTransaction(InTransaction tx) {
      Model saved = model.copy();
      Abort abort = new Abort();
      boolean fails = tx.failAt() <= tx.ops().size();
      try {
        store.transaction(
            () -> {
              for (int i = 0; i < tx.ops().size(); i++) {
                if (i == tx.failAt()) {
                  throw abort;
                }
                applyAndCheck(tx.ops().get(i));
              }
              if (fails) {
                throw abort;
              }
            });
        assertFalse(fails, tx::toString);
      } catch (Abort thrown) {
        assertSame(abort, thrown, tx::toString);
        assertTrue(fails, tx::toString);
        model.restore(saved);
      }
    }

    void apply(Op op) {
      if (op instanceof SaveOwner save) {
        Owner owner = build(save);
        long expected = model.saveOwner(owner);
        assertEquals(expected, owners.save(owner).id, op::toString);
      } else if (op instanceof InsertToy insert) {
        Toy toy = toy(insert.id(), insert.name());
        if (model.insertToy(insert.id(), insert.name())) {
          toys.insert(toy);
        } else {
          assertThrows(DuplicateKeyException.class, () -> toys.insert(toy), op::toString);
        }
      } else if (op instanceof DeleteOwner delete) {
        deleteOne(
            op,
            model.owners.containsKey(delete.id()),
            Set.of(delete.id()),
            Set.of(),
            Set.of(),
            () -> owners.delete(delete.id()));
      } else if (op instanceof DeletePet delete) {
        deleteOne(
            op,
            model.pets.containsKey(delete.id()),
            Set.of(),
            Set.of(delete.id()),
            Set.of(),
            () -> pets.delete(delete.id()));
      } else if (op instanceof DeleteToy delete) {
        deleteOne(
            op,
            model.toys.containsKey(delete.id()),
            Set.of(),
            Set.of(),
            Set.of(delete.id()),
            () -> toys.delete(delete.id()));
      } else if (op instanceof DeleteAll all) {
        deleteAll(op, all.table());
      } else if (op instanceof AttachId attach) {
        Owner owner = owner(attach.ownerId());
        if (model.owners.containsKey(attach.ownerId())) {
          boolean expected = model.changeList(attach.ownerId(), attach.toyId(), true);
          assertEquals(expected, owners.favorites(owner).attach(attach.toyId()), op::toString);
        } else {
          assertThrows(
              IllegalArgumentException.class, () -> owners.favorites(owner).attach(attach.toyId()));
        }
      } else if (op instanceof AttachNew attach) {
        Owner owner = owner(attach.ownerId());
        Toy toy = toy(null, attach.name());
        if (model.owners.containsKey(attach.ownerId())) {
          long key = ++model.toyHigh;
          model.toys.put(key, new ToyRow(key, attach.name(), null, null));
          model.changeList(attach.ownerId(), key, true);
          assertEquals(key, owners.favorites(owner).attach(toy).id, op::toString);
        } else {
          assertThrows(IllegalArgumentException.class, () -> owners.favorites(owner).attach(toy));
        }
      } else if (op instanceof Detach detach) {
        Owner owner = owner(detach.ownerId());
        if (model.owners.containsKey(detach.ownerId())) {
          boolean expected = model.changeList(detach.ownerId(), detach.toyId(), false);
          assertEquals(expected, owners.favorites(owner).detach(detach.toyId()), op::toString);
        } else {
          assertThrows(
              IllegalArgumentException.class, () -> owners.favorites(owner).detach(detach.toyId()));
        }
      } else if (op instanceof CreatePet create) {
        Pet pet = new Pet();
        pet.name = create.name();
        pet.toys = create.chewToys().stream().map(name -> toy(null, name)).toList();
        if (model.owners.containsKey(create.ownerId())) {
          model.createPet(create.ownerId(), create.name(), create.chewToys());
          owners.pets(owner(create.ownerId())).create(pet);
        } else {
          assertThrows(
              IllegalArgumentException.class,
              () -> owners.pets(owner(create.ownerId())).create(pet),
              op::toString);
        }
      } else if (op instanceof DestroyPet destroy) {
        if (!model.owners.containsKey(destroy.ownerId())) {
          assertThrows(
              IllegalArgumentException.class,
              () -> owners.pets(owner(destroy.ownerId())).destroy(destroy.petId()),
              op::toString);
          return;
        }
        PetRow pet = model.pets.get(destroy.petId());
        boolean related = pet != null && Objects.equals(pet.ownerId(), destroy.ownerId());
        if (related) {
          model.delete(Set.of(), Set.of(destroy.petId()), Set.of());
        }
        assertEquals(
            related, owners.pets(owner(destroy.ownerId())).destroy(destroy.petId()), op::toString);
      } else if (op instanceof GiveCollar give) {
        Collar collar = new Collar();
        collar.name = give.name();
        Owner owner = owner(give.ownerId());
        if (storedOrRefused(
            model.owners.containsKey(give.ownerId()),
            op,
            () -> owners.collar(owner).create(collar))) {
          long key = model.giveCollar(give.ownerId(), give.name());
          assertEquals(key, owners.collar(owner).create(collar).id, op::toString);
        }
      } else if (op instanceof DestroyCollar destroy) {
        Owner owner = owner(destroy.ownerId());
        if (storedOrRefused(
            model.owners.containsKey(destroy.ownerId()),
            op,
            () -> owners.collar(owner).destroy())) {
          assertEquals(
              model.destroyCollar(destroy.ownerId()), owners.collar(owner).destroy(), op::toString);
        }
      } else if (op instanceof MovePet move) {
        Pet pet = pets.find(move.petId()).orElseGet(Pet::new);
        Owner owner = owner(move.ownerId());
        if (storedOrRefused(
            model.pets.containsKey(move.petId()), op, () -> pets.owner(pet).associate(owner))) {
          model.movePet(move.petId(), move.ownerId());
          assertEquals(move.ownerId(), pets.owner(pet).associate(owner).ownerId, op::toString);
        }
      } else if (op instanceof FreePet free) {
        Pet pet = pets.find(free.petId()).orElseGet(Pet::new);
        if (storedOrRefused(
            model.pets.containsKey(free.petId()), op, () -> pets.owner(pet).dissociate())) {
          model.movePet(free.petId(), null);
          assertEquals(null, pets.owner(pet).dissociate().ownerId, op::toString);
        }
      } else if (op instanceof DestroyOwnedToys destroy) {
        if (!model.owners.containsKey(destroy.ownerId())) {
          assertThrows(
              IllegalArgumentException.class,
              () -> owners.toys(owner(destroy.ownerId())).destroyAll(),
              op::toString);
          return;
        }
        Set<Long> owned = new LinkedHashSet<>();
        for (ToyRow toy : model.toys.values()) {
          if (Objects.equals(toy.ownerId(), destroy.ownerId())) {
            owned.add(toy.id());
          }
        }
        model.delete(Set.of(), Set.of(), owned);
        assertEquals(
            (long) owned.size(), owners.toys(owner(destroy.ownerId())).destroyAll(), op::toString);
      } else {
        throw new AssertionError(op);
      }
    }

    /**
     * Whether the resolver's parent is {@code stored}; if not, checks that {@code write} through it
     * is refused with an {@link IllegalArgumentException} (and changes nothing: checked after).
     */
    private static boolean storedOrRefused(boolean stored, Op op, Executable write) {
      if (!stored) {
        assertThrows(IllegalArgumentException.class, write, op::toString);
      }
      return stored;
    }

    private void deleteOne(
        Op op,
        boolean exists,
        Set<Long> owners,
        Set<Long> pets,
        Set<Long> toys,
        java.util.function.BooleanSupplier delete) {
      if (!exists) {
        assertEquals(false, delete.getAsBoolean(), op::toString);
      } else if (model.delete(owners, pets, toys)) {
        assertEquals(true, delete.getAsBoolean(), op::toString);
      } else {
        assertThrows(DeleteRestrictedException.class, delete::getAsBoolean, op::toString);
      }
    }

    private void deleteAll(Op op, String table) {
      switch (table) {
        case "owners" -> {
          long count = model.owners.size();
          if (model.delete(Set.copyOf(model.owners.keySet()), Set.of(), Set.of())) {
            assertEquals(count, owners.deleteAll(), op::toString);
          } else {
            assertThrows(DeleteRestrictedException.class, owners::deleteAll, op::toString);
          }
        }
        case "pets" -> {
          long count = model.pets.size();
          model.delete(Set.of(), Set.copyOf(model.pets.keySet()), Set.of());
          assertEquals(count, pets.deleteAll(), op::toString);
        }
        default -> {
          long count = model.toys.size();
          model.delete(Set.of(), Set.of(), Set.copyOf(model.toys.keySet()));
          assertEquals(count, toys.deleteAll(), op::toString);
        }
      }
    }

    /** The object graph a SaveOwner describes; reads stored rows, writes nothing. */
    private Owner build(SaveOwner save) {
      Owner owner = new Owner();
      owner.id = save.id();
      owner.name = save.name();
      if (save.id() != null && save.keepStoredList()) {
        owner.toyIds = owners.find(save.id()).map(o -> o.toyIds).orElse(null);
      }
      List<Toy> chewToys = new ArrayList<>();
      List<Pet> petObjects = new ArrayList<>();
      for (PetSpec spec : save.pets()) {
        Pet pet = new Pet();
        pet.name = spec.name();
        pet.toys = new ArrayList<>();
        for (String name : spec.chewToys()) {
          Toy toy = toy(null, name);
          pet.toys.add(toy);
          chewToys.add(toy);
        }
        petObjects.add(pet);
      }
      owner.pets = petObjects;
      owner.toys = new ArrayList<>(save.ownedToys().stream().map(name -> toy(null, name)).toList());
      if (save.favorites() != null) {
        owner.favorites = new ArrayList<>();
        for (Favorite favorite : save.favorites()) {
          if (favorite instanceof NewFavorite f) {
            owner.favorites.add(toy(null, f.name()));
          } else if (favorite instanceof StoredFavorite f) {
            owner.favorites.add(toys.find(f.id()).orElseGet(() -> toy(f.id(), "t" + f.id())));
          } else {
            int index = ((SharedFavorite) favorite).index();
            owner.favorites.add(
                chewToys.isEmpty() ? toy(null, "s") : chewToys.get(index % chewToys.size()));
          }
        }
      }
      return owner;
    }

    private Owner owner(long id) {
      return owners
          .find(id)
          .orElseGet(
              () -> {
                Owner owner = new Owner();
                owner.id = id;
                owner.name = "never stored";
                return owner;
              });
    }

    private static Toy toy(Long id, String name) {
      Toy toy = new Toy();
      toy.id = id;
      toy.name = name;
      return toy;
    }

    /** Compares every table, the loaded relations and the existence filters with the model. */
    void check(Op op) {
      String after = "after " + op;
      assertEquals(
          List.copyOf(model.owners.values()),
          owners.all().stream().map(o -> new OwnerRow(o.id, o.name, o.toyIds)).toList(),
          after);
      assertEquals(
          List.copyOf(model.pets.values()),
          pets.all().stream().map(p -> new PetRow(p.id, p.name, p.ownerId)).toList(),
          after);
      assertEquals(
          List.copyOf(model.toys.values()),
          toys.all().stream().map(t -> new ToyRow(t.id, t.name, t.ownerId, t.petId)).toList(),
          after);
      assertEquals(model.toys.size(), toys.count(), after);
      assertEquals(
          List.copyOf(model.collars.values()),
          collars.all().stream().map(c -> new CollarRow(c.id, c.name, c.ownerId)).toList(),
          after);
      assertEquals(model.owners.size(), owners.count(), after);
      assertEquals(model.pets.size(), pets.query().count(), after);
      List<String> petOwners = new ArrayList<>();
      for (PetRow pet : model.pets.values()) {
        Long owner =
            pet.ownerId() != null && model.owners.containsKey(pet.ownerId()) ? pet.ownerId() : null;
        petOwners.add(pet.id() + "->" + owner);
      }
      assertEquals(
          petOwners,
          pets.withOwner().get().stream()
              .map(p -> p.id + "->" + (p.owner == null ? null : p.owner.id))
              .toList(),
          after);

      List<String> tree = new ArrayList<>();
      for (Owner owner :
          owners
              .query()
              .withPets(p -> p.withToys())
              .withToys()
              .withFavorites()
              .withCollar()
              .get()) {
        List<String> petViews = new ArrayList<>();
        for (Pet pet : owner.pets) {
          petViews.add(pet.id + keys(pet.toys).toString());
        }
        tree.add(
            owner.id
                + " pets="
                + petViews
                + " toys="
                + keys(owner.toys)
                + " favorites="
                + keys(owner.favorites)
                + " collar="
                + (owner.collar == null ? null : owner.collar.id));
      }
      assertEquals(model.tree(), tree, after);

      assertEquals(
          model.ownersWithFavorites(),
          owners.query().hasFavorites().get().stream().map(o -> o.id).toList(),
          after);
      assertEquals(
          model.ownersWithFavorites().size(), owners.query().hasFavorites().count(), after);
      assertEquals(
          model.ownersWithoutPetsWithToys(),
          owners.query().doesntHavePets(p -> p.hasToys()).get().stream().map(o -> o.id).toList(),
          after);
      List<String> topToys = new ArrayList<>();
      for (Pet pet :
          pets.withToys(t -> t.orderBy(Comparator.comparing((Toy x) -> x.name).reversed()).limit(1))
              .get()) {
        topToys.add(pet.id + "->" + keys(pet.toys));
      }
      assertEquals(model.petsWithTopToy(), topToys, after);
    }

    private static List<Long> keys(List<Toy> toys) {
      return toys.stream().map(t -> t.id).toList();
    }
  }

  private static <E> List<E> nullToEmpty(List<E> list) {
    return list == null ? List.of() : list;
  }
}
