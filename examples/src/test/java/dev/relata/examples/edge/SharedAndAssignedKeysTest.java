package dev.relata.examples.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One save with a profile whose key comes from its account (a one-to-one on the key) and a new
 * profile that gets an assigned number: the two never end up under one key. Where the assigned
 * number is the account's key, the save is refused whole, and saving the two apart works.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SharedAndAssignedKeysTest {
  private final Store store;
  private final AccountRepository accounts;
  private final ProfileRepository profiles;

  SharedAndAssignedKeysTest(StoreKind kind) {
    store = kind.open();
    accounts = new AccountRepository(store);
    profiles = new ProfileRepository(store);
    kind.ready(store);
  }

  private static Account accountWithProfileAndMentee(long id) {
    Account account = new Account("ada");
    account.id = id;
    account.profile = new Profile("own");
    account.mentees = List.of(new Profile("mentee"));
    return account;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aLinkedKeyAndAnAssignedKeyNeverShareARow(long accountId) {
    Account account = accountWithProfileAndMentee(accountId);
    try {
      accounts.save(account);
    } catch (RelataException e) {
      assertTrue(
          e.getMessage().contains("is also the key that a relation gives another"), e::getMessage);
      assertEquals(0, accounts.count());
      assertEquals(0, profiles.count());
      assertNull(account.profile.id);
      assertNull(account.mentees.get(0).id);
      savedApart(accountId);
      return;
    }
    assertSaved(accountId, account.mentees.get(0).id);
  }

  private void savedApart(long accountId) {
    Account account = accountWithProfileAndMentee(accountId);
    List<Profile> mentees = account.mentees;
    account.mentees = null;
    accounts.save(account);
    account.mentees = mentees;
    accounts.save(account);
    assertSaved(accountId, mentees.get(0).id);
  }

  private void assertSaved(long accountId, Long menteeId) {
    assertEquals(2, profiles.count());
    assertEquals("own", profiles.find(accountId).orElseThrow().bio);
    assertNotEquals(accountId, menteeId);
    Profile mentee = profiles.find(menteeId).orElseThrow();
    assertEquals("mentee", mentee.bio);
    assertEquals(accountId, mentee.mentorId);
  }
}
