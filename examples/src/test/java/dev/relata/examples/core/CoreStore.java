package dev.relata.examples.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.ArticleRepository;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.AuthorRepository;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.BoardRepository;
import dev.relata.examples.core.model.FolderRepository;
import dev.relata.examples.core.model.Gadget;
import dev.relata.examples.core.model.GadgetRepository;
import dev.relata.examples.core.model.JournalRepository;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.NoteRepository;
import dev.relata.examples.core.model.ProfileRepository;
import dev.relata.examples.core.model.Ticket;
import dev.relata.examples.core.model.TicketRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A fresh store with a repository per test entity, and a complete snapshot of what it holds. */
final class CoreStore {
  final StoreKind kind;
  final Store store;
  final AuthorRepository authors;
  final ArticleRepository articles;
  final NoteRepository notes;
  final ProfileRepository profiles;
  final GadgetRepository gadgets;
  final FolderRepository folders;
  final BoardRepository boards;
  final TicketRepository tickets;
  final JournalRepository journals;

  CoreStore(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    authors = new AuthorRepository(store);
    articles = new ArticleRepository(store);
    notes = new NoteRepository(store);
    profiles = new ProfileRepository(store);
    gadgets = new GadgetRepository(store);
    folders = new FolderRepository(store);
    boards = new BoardRepository(store);
    tickets = new TicketRepository(store);
    journals = new JournalRepository(store);
    kind.ready(store);
  }

  /**
   * Everything observable through reads: every row of every table in insertion order, the counts,
   * and every relation loaded from both sides (so that the key indexes are compared too).
   */
  Map<String, List<String>> snapshot() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("authors", text(authors.all()));
    s.put("articles", text(articles.all()));
    s.put("notes", text(notes.all()));
    s.put("profiles", text(profiles.all()));
    s.put("gadgets", text(gadgets.all()));
    s.put("folders", text(folders.all()));
    s.put("boards", text(boards.all()));
    s.put("tickets", text(tickets.all()));
    s.put("journals", text(journals.all()));
    s.put(
        "counts",
        List.of(
            authors.count()
                + " "
                + articles.count()
                + " "
                + notes.count()
                + " "
                + profiles.count()
                + " "
                + gadgets.count()
                + " "
                + folders.count()
                + " "
                + boards.count()
                + " "
                + tickets.count()
                + " "
                + journals.count()));
    s.put(
        "authors with all",
        map(
            authors.withAll().get(),
            a ->
                a.getId()
                    + " articles="
                    + ids(a.getArticles(), x -> x.id)
                    + " profile="
                    + a.getProfile()
                    + " gadgets="
                    + ids(a.getGadgets(), Gadget::getId)));
    s.put(
        "articles with all",
        map(
            articles.withAll().get(),
            a -> a.id + " author=" + a.author + " notes=" + ids(a.notes, Note::id)));
    s.put("notes with article", map(notes.withArticle().get(), n -> n.id() + " " + n.article()));
    s.put(
        "profiles with author",
        map(profiles.withAuthor().get(), p -> p.handle() + " " + p.author()));
    s.put("gadgets", map(gadgets.all(), g -> g.getId() + " " + g.getName()));
    s.put(
        "folders with all",
        map(
            folders.withAll().get(),
            f ->
                f.id
                    + " parent="
                    + f.parent
                    + " children="
                    + ids(f.children, x -> x.id)
                    + " first="
                    + f.firstChild));
    s.put(
        "boards with tickets",
        map(boards.withTickets().get(), b -> b.id() + " " + ids(b.tickets(), Ticket::getId)));
    s.put(
        "tickets with board", map(tickets.withBoard().get(), t -> t.getId() + " " + t.getBoard()));
    return s;
  }

  /** See {@link StoreKind#assertAssignedNext}. */
  void assertAssignedNext(long expected, Number assigned) {
    kind.assertAssignedNext(expected, assigned);
  }

  /** Asserts that the store holds exactly what {@code before} recorded. */
  void assertUnchanged(Map<String, List<String>> before) {
    Map<String, List<String>> after = snapshot();
    for (String table : before.keySet()) {
      assertEquals(before.get(table), after.get(table), "store changed: " + table);
    }
  }

  private static <T> List<String> text(List<T> rows) {
    return map(rows, String::valueOf);
  }

  private static <T> List<String> map(List<T> rows, Function<T, String> f) {
    List<String> out = new ArrayList<>(rows.size());
    for (T row : rows) {
      out.add(f.apply(row));
    }
    return out;
  }

  static <T, K> List<K> ids(java.util.Collection<T> rows, Function<T, K> id) {
    if (rows == null) {
      return null;
    }
    List<K> out = new ArrayList<>(rows.size());
    for (T row : rows) {
      out.add(id.apply(row));
    }
    return out;
  }

  // ---- Builders ----

  static Author author(String name, Article... articles) {
    Author a = new Author(name);
    a.setArticles(new ArrayList<>(List.of(articles)));
    return a;
  }

  static Article article(Integer id, String title, int rank) {
    Article a = new Article(title, rank);
    a.id = id;
    return a;
  }

  static Board board(String title, Ticket... tickets) {
    return new Board(0, title, null, new ArrayList<>(List.of(tickets)));
  }
}
