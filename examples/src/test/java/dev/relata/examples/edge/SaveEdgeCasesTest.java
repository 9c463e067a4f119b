package dev.relata.examples.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Saves at the edges: keys written by relations, objects met twice, values of odd types. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SaveEdgeCasesTest {
  private final Store store;
  private final AccountRepository accounts;
  private final ProfileRepository profiles;

  SaveEdgeCasesTest(StoreKind kind) {
    store = kind.open();
    accounts = new AccountRepository(store);
    profiles = new ProfileRepository(store);
    kind.ready(store);
  }

  @Test
  void aProfileSharingItsAccountsKeyIsStoredUnderThatKeyOnce() {
    Account ada = accounts.save(new Account("Ada"));

    accounts.profile(ada).save(new Profile("first"));
    accounts.profile(ada).save(new Profile("second"));

    assertEquals(1, profiles.count());
    assertEquals("second", profiles.find(ada.id).orElseThrow().bio);
    assertEquals("second", accounts.withProfile().first().orElseThrow().profile.bio);
  }

  @Test
  void creatingASecondProfileUnderTheSameSharedKeyIsADuplicate() {
    Account ada = accounts.save(new Account("Ada"));
    accounts.profile(ada).create(new Profile("first"));

    assertThrows(DuplicateKeyException.class, () -> accounts.profile(ada).create(new Profile("x")));

    assertEquals(1, profiles.count());
    assertEquals("first", profiles.find(ada.id).orElseThrow().bio);
  }

  @Test
  void keysAssignedAfterALinkedKeyGoAboveIt() {
    Account first = accounts.save(new Account("first"));
    Account second = accounts.save(new Account("second"));
    accounts.profile(second).save(new Profile("linked to 2"));

    Profile own = profiles.save(new Profile("own key"));

    assertEquals(3L, own.id);
    assertEquals("linked to 2", profiles.find(2L).orElseThrow().bio);
    assertEquals(1L, first.id);
  }

  @Test
  void propertiesAndRawCollectionsAreCopiedNotShared() {
    Account ada = new Account("Ada");
    ada.settings = new Properties();
    ada.settings.setProperty("theme", "dark");
    ada.notes = new ArrayList<>(List.of("first"));
    accounts.save(ada);

    Account read = accounts.find(ada.id).orElseThrow();
    read.settings.setProperty("theme", "light");
    read.notes.clear();
    ada.settings.setProperty("theme", "changed after saving");

    Account again = accounts.find(ada.id).orElseThrow();
    assertEquals("dark", again.settings.getProperty("theme"));
    assertEquals(List.of("first"), again.notes);
    assertNotSame(again.settings, read.settings);
  }

  @Test
  void anAccountWithoutAProfileLoadsNone() {
    accounts.save(new Account("Ada"));

    assertNull(accounts.withProfile().first().orElseThrow().profile);
    assertSame(null, accounts.profile(accounts.all().get(0)).find().orElse(null));
  }
}
