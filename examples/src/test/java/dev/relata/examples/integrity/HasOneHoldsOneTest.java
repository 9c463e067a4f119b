package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DeleteRestrictedException;
import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.integrity.model.Address;
import dev.relata.examples.integrity.model.AddressRepository;
import dev.relata.examples.integrity.model.Avatar;
import dev.relata.examples.integrity.model.AvatarRepository;
import dev.relata.examples.integrity.model.Customer;
import dev.relata.examples.integrity.model.CustomerRepository;
import dev.relata.examples.integrity.model.Locker;
import dev.relata.examples.integrity.model.LockerRepository;
import dev.relata.examples.integrity.model.Nickname;
import dev.relata.examples.integrity.model.NicknameRepository;
import dev.relata.examples.integrity.model.Segment;
import dev.relata.examples.integrity.model.SegmentRepository;
import dev.relata.examples.integrity.model.Wallet;
import dev.relata.examples.integrity.model.WalletRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9, item 2 (DESIGN.md "Relation resolvers"): a {@code @HasOne} holds at most one row after
 * any write through Relata. Its resolver's {@code create} and {@code save}, and a nested save of
 * the parent carrying another child, release the row it held as its {@code onDelete} says,
 * atomically.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class HasOneHoldsOneTest {
  private final StoreKind kind;
  private final Store store;
  private final CustomerRepository customers;
  private final AddressRepository addresses;
  private final AvatarRepository avatars;
  private final WalletRepository wallets;
  private final NicknameRepository nicknames;
  private final LockerRepository lockers;
  private final SegmentRepository segments;

  HasOneHoldsOneTest(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    customers = new CustomerRepository(store);
    addresses = new AddressRepository(store);
    avatars = new AvatarRepository(store);
    wallets = new WalletRepository(store);
    nicknames = new NicknameRepository(store);
    lockers = new LockerRepository(store);
    segments = new SegmentRepository(store);
    kind.ready(store);
  }

  private Customer ann;
  private Customer bob;

  /** Customers ann (1) and bob (2); ann holds one row of each of her five relations (keys 1). */
  @BeforeEach
  void fill() {
    ann = customers.save(new Customer("ann"));
    bob = customers.save(new Customer("bob"));
    customers.address(ann).save(new Address("first street"));
    customers.avatar(ann).save(Avatar.of("first.png"));
    customers.wallet(ann).save(new Wallet("first wallet"));
    customers.nickname(ann).save(Nickname.of("first nick"));
    customers.locker(ann).save(new Locker("first locker"));
  }

  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("customers", text(customers.all()));
    s.put("addresses", text(addresses.all()));
    s.put("avatars", text(avatars.all()));
    s.put("wallets", text(wallets.all()));
    s.put("nicknames", text(nicknames.all()));
    s.put("lockers", text(lockers.all()));
    List<String> loaded = new ArrayList<>();
    for (Customer c : customers.withAll().get()) {
      loaded.add(
          c.id
              + " "
              + c.address
              + " "
              + c.avatar
              + " "
              + c.wallet
              + " "
              + c.nickname
              + " "
              + c.locker);
    }
    s.put("loaded", loaded);
    return s;
  }

  private static List<String> text(List<?> rows) {
    return rows.stream().map(String::valueOf).toList();
  }

  /** Asserts that {@code write} fails with {@code failure} and changes nothing, next keys too. */
  private <E extends Throwable> E assertRefused(Class<E> failure, Executable write) {
    Map<String, List<String>> before = snapshot();
    E thrown = assertThrows(failure, write);
    assertEquals(before, snapshot());
    kind.assertAssignedNext(2, addresses.save(new Address("probe")).id);
    kind.assertAssignedNext(2, wallets.save(new Wallet("probe")).id);
    kind.assertAssignedNext(2, lockers.save(new Locker("probe")).id);
    return thrown;
  }

  // ---- Through the resolver ----

  @Test
  void saveOfAnotherChildDeletesTheOneHeldWhenCascade() {
    Address second = customers.address(ann).save(new Address("second street"));

    assertEquals(List.of("Address#2 second street customer=1"), text(addresses.all()));
    assertEquals("second street", customers.address(ann).find().orElseThrow().street);
    assertEquals(second.id, customers.withAddress().get().get(0).address.id);
  }

  @Test
  void createOfAnotherChildDeletesTheOneHeldWhenCascade() {
    customers.address(ann).create(new Address("second street"));

    assertEquals(List.of("Address#2 second street customer=1"), text(addresses.all()));
  }

  @Test
  void saveOfAnotherChildClearsTheKeyOfTheOneHeldWhenSetNull() {
    customers.avatar(ann).save(Avatar.of("second.png"));

    assertEquals(
        List.of(new Avatar(1L, "first.png", null), new Avatar(2L, "second.png", 1L)),
        avatars.all());
    assertEquals("second.png", customers.avatar(ann).find().orElseThrow().url());
  }

  @Test
  void saveOfAnotherChildClearsTheKeyOfTheOneHeldWhenNothing() {
    customers.nickname(ann).create(Nickname.of("second nick"));

    assertEquals(
        List.of(new Nickname(1L, "first nick", null), new Nickname(2L, "second nick", 1L)),
        nicknames.all());
    assertEquals("second nick", customers.withNickname().get().get(0).nickname.text());
  }

  @Test
  void saveOfAnotherChildIsRefusedWhenRestrict() {
    Wallet second = new Wallet("second wallet");

    DeleteRestrictedException e =
        assertRefused(DeleteRestrictedException.class, () -> customers.wallet(ann).save(second));

    assertNull(second.id);
    assertNull(second.customerId);
    assertEquals("intCustomers", e.entity());
    assertEquals(1L, e.key());
    assertEquals("wallet", e.relation());
    assertEquals(List.of(1L), e.relatedKeys());
    assertTrue(e.getMessage().contains("RESTRICT"), e.getMessage());
  }

  @Test
  void saveOfAnotherChildIsRefusedWhereThePrimitiveKeyOfTheOneHeldCannotBeCleared() {
    RelataException e =
        assertRefused(
            RelataException.class, () -> customers.locker(ann).save(new Locker("second")));

    assertEquals(RelataException.class, e.getClass());
    assertTrue(e.getMessage().contains("customerId"), e.getMessage());
  }

  @Test
  void savingTheRowItHoldsChangesNothingElse() {
    Address held = customers.address(ann).find().orElseThrow();
    held.street = "renamed street";
    Wallet wallet = customers.wallet(ann).find().orElseThrow();
    wallet.label = "renamed wallet";

    customers.address(ann).save(held);
    customers.wallet(ann).save(wallet);

    assertEquals(List.of("Address#1 renamed street customer=1"), text(addresses.all()));
    assertEquals(List.of("Wallet#1 renamed wallet customer=1"), text(wallets.all()));
  }

  @Test
  void saveOfAChildHeldByAnotherParentMovesItAndReleasesOnlyTheOneHeldBefore() {
    customers.address(bob).save(new Address("bob street"));
    Address annsAddress = addresses.find(1L).orElseThrow();

    customers.address(bob).save(annsAddress);

    assertEquals(List.of("Address#1 first street customer=2"), text(addresses.all()));
    assertTrue(customers.address(ann).find().isEmpty());
  }

  // ---- Through a nested save of the parent ----

  @Test
  void nestedSaveOfTheParentCarryingOtherChildrenReleasesTheOnesHeld() {
    Customer loaded = customers.find(1L).orElseThrow();
    loaded.address = new Address("second street");
    loaded.avatar = Avatar.of("second.png");
    loaded.nickname = Nickname.of("second nick");

    customers.save(loaded);

    assertEquals(List.of("Address#2 second street customer=1"), text(addresses.all()));
    assertEquals(
        List.of(new Avatar(1L, "first.png", null), new Avatar(2L, "second.png", 1L)),
        avatars.all());
    assertEquals(
        List.of(new Nickname(1L, "first nick", null), new Nickname(2L, "second nick", 1L)),
        nicknames.all());
    Customer reloaded = customers.withAll().first().orElseThrow();
    assertEquals("second street", reloaded.address.street);
    assertEquals("second.png", reloaded.avatar.url());
  }

  @Test
  void nestedSaveOfTheParentCarryingAnotherChildIsRefusedWhenRestrict() {
    Customer loaded = customers.find(1L).orElseThrow();
    loaded.address = new Address("second street");
    loaded.wallet = new Wallet("second wallet");

    assertRefused(DeleteRestrictedException.class, () -> customers.save(loaded));

    assertNull(loaded.wallet.id);
    assertNull(loaded.address.id);
  }

  @Test
  void nestedSaveOfTheParentCarryingTheChildItHoldsChangesNothingElse() {
    Customer loaded = customers.withAll().first().orElseThrow();
    loaded.wallet.label = "renamed wallet";

    customers.save(loaded);

    assertEquals(List.of("Wallet#1 renamed wallet customer=1"), text(wallets.all()));
    assertEquals(1, addresses.count());
    assertEquals(1L, avatars.find(1L).orElseThrow().customerId());
  }

  @Test
  void releaseSparesRowsThatTheSameSaveStores() {
    // following is a @HasOne over the same key as next: s0 carries both, and keeps both children.
    Segment s0 = new Segment("s0");
    Segment s1 = new Segment("s1");
    Segment s2 = new Segment("s2");
    s0.next = List.of(s1, s2);
    s0.following = s1;

    segments.save(s0);

    assertEquals(List.of(s0.id, s0.id), List.of(s1.previousId, s2.previousId));
    assertEquals(List.of("s1", "s2"), segments.next(s0).find().stream().map(s -> s.name).toList());

    segments.following(s0).save(new Segment("s3"));

    assertEquals(List.of("s3"), segments.next(s0).find().stream().map(s -> s.name).toList());
    assertNull(segments.find(s1.id).orElseThrow().previousId);
  }
}
