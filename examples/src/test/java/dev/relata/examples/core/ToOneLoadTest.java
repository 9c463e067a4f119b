package dev.relata.examples.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Loads of a to-one relation over many owners, whose targets a SQL store hands to the owners
 * straight from the rows it reads: each owner gets the target of its key, the owners of one key one
 * object, an owner whose key is unset or dangling loads nothing (and says so in JSON), a record
 * target is built with its own loads once per key, and the owners keep their insertion order, also
 * where a row came late among keys read in order.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ToOneLoadTest {
  private static final int BOARDS = 150;

  private final CoreStore db;

  ToOneLoadTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  /**
   * Boards 1 to 150 with two tickets each, saved board by board; then a ticket of no board (key 0)
   * and one of a board that does not exist. More boards than an {@code IN} list takes, and all of
   * them: on H2 one scan of the boards.
   */
  private List<Ticket> saveBoards() {
    for (int b = 1; b <= BOARDS; b++) {
      db.boards.save(
          CoreStore.board("b" + b, new Ticket("t" + b + "a"), new Ticket("t" + b + "b")));
    }
    Ticket loose = new Ticket("loose");
    Ticket dangling = new Ticket("dangling");
    dangling.setBoardId(9_999);
    db.tickets.saveAll(List.of(loose, dangling));
    return db.tickets.all();
  }

  @Test
  void everyOwnerGetsTheTargetOfItsKeyOneObjectPerKey() {
    List<Ticket> all = saveBoards();

    List<Ticket> loaded = db.tickets.withBoard().get();

    assertEquals(titles(all), titles(loaded));
    Map<Integer, Board> byId = new HashMap<>();
    for (Ticket ticket : loaded.subList(0, 2 * BOARDS)) {
      Board board = ticket.getBoard();
      assertNotNull(board, ticket.getTitle());
      assertEquals(ticket.getBoardId(), board.id());
      assertEquals("b" + board.id(), board.title());
      assertNull(board.tickets(), "not loaded");
      Board first = byId.putIfAbsent(board.id(), board);
      if (first != null) {
        assertSame(first, board, "the tickets of one board share it");
      }
    }
    assertEquals(BOARDS, byId.size());
  }

  @Test
  void ownersWithoutATargetLoadNothingAndJsonSaysSo() {
    saveBoards();

    List<Ticket> loaded = db.tickets.withBoard().get();
    Ticket loose = loaded.get(2 * BOARDS);
    Ticket dangling = loaded.get(2 * BOARDS + 1);

    assertEquals("loose", loose.getTitle());
    assertNull(loose.getBoard());
    assertEquals("dangling", dangling.getTitle());
    assertNull(dangling.getBoard());
    assertTrue(db.tickets.toJson(loose).contains("\"board\":null"), db.tickets.toJson(loose));
    assertTrue(db.tickets.toJson(dangling).contains("\"board\":null"));
    // Not loaded: left out.
    assertTrue(!db.tickets.toJson(db.tickets.all().get(0)).contains("\"board\""));
  }

  @Test
  void aRecordTargetIsBuiltWithItsOwnLoadsOncePerKey() {
    saveBoards();

    List<Ticket> loaded = db.tickets.withBoard(b -> b.withTickets()).get();

    Map<Integer, Board> byId = new HashMap<>();
    for (Ticket ticket : loaded.subList(0, 2 * BOARDS)) {
      Board board = ticket.getBoard();
      int id = board.id();
      assertEquals(List.of("t" + id + "a", "t" + id + "b"), titles(board.tickets()));
      Board first = byId.putIfAbsent(id, board);
      if (first != null) {
        assertSame(first, board);
      }
    }
    assertNull(loaded.get(2 * BOARDS).getBoard());
    assertNull(loaded.get(2 * BOARDS + 1).getBoard());
  }

  @Test
  void aFewOwnersGetTheirTargetsToo() {
    saveBoards();

    List<Ticket> loaded = db.tickets.query().offset(2 * BOARDS - 3).withBoard().get();

    assertEquals(List.of("t149b", "t150a", "t150b", "loose", "dangling"), titles(loaded));
    assertEquals(149, loaded.get(0).getBoard().id());
    assertSame(loaded.get(1).getBoard(), loaded.get(2).getBoard());
    assertNull(loaded.get(3).getBoard());
    assertNull(loaded.get(4).getBoard());
  }

  /**
   * Tickets saved with keys in order but for one, whose key is in the middle and which is saved
   * last: read in key order (as H2 scans a table), it comes among the others, and is put last.
   */
  @Test
  void aRowSavedLateAmongKeysReadInOrderKeepsItsPlace() {
    int n = 5_000;
    List<Ticket> tickets = new ArrayList<>();
    for (int key = 1; key <= n + 1; key++) {
      if (key != n / 2) {
        tickets.add(ticket(key));
      }
    }
    db.tickets.saveAll(tickets);
    db.tickets.save(ticket(n / 2));

    List<Ticket> all = db.tickets.all();

    assertEquals(n + 1, all.size());
    assertEquals(n / 2, all.get(n).getId());
    assertEquals(n / 2 - 1, all.get(n / 2 - 2).getId());
    assertEquals(n / 2 + 1, all.get(n / 2 - 1).getId());
  }

  private static Ticket ticket(int key) {
    Ticket ticket = new Ticket("t" + key);
    ticket.setId(key);
    return ticket;
  }

  private static List<String> titles(List<Ticket> tickets) {
    return tickets.stream().map(Ticket::getTitle).toList();
  }
}
