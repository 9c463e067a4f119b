package dev.relata.examples.integrity;

import dev.relata.Store;
import dev.relata.examples.integrity.model.Desk;
import dev.relata.examples.integrity.model.DeskRepository;
import dev.relata.examples.integrity.model.Draft;
import dev.relata.examples.integrity.model.DraftRepository;
import dev.relata.examples.integrity.model.Label;
import dev.relata.examples.integrity.model.LabelRepository;
import dev.relata.examples.integrity.model.Remark;
import dev.relata.examples.integrity.model.RemarkRepository;
import dev.relata.examples.integrity.model.Story;
import dev.relata.examples.integrity.model.StoryRepository;
import dev.relata.examples.integrity.model.Writer;
import dev.relata.examples.integrity.model.WriterRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store of the fault-injection schema, seeded, with a snapshot of everything it holds and a probe
 * of the keys it assigns next.
 *
 * <p>Seed: writer ann (1) with stories s1 (1: remarks r1, r2) and s2 (2), desk "window" (1), labels
 * red (1) and blue (2), draft d1 (1); writer bob (2) with story s3 (3: remark r3), labels [2]. No
 * story has a draft. Next keys: writer 3, story 4, remark 4, desk 2, label 3, draft 2.
 */
final class FaultWorld {
  final Store store = Store.inMemory();
  final WriterRepository writers = new WriterRepository(store);
  final StoryRepository stories = new StoryRepository(store);
  final RemarkRepository remarks = new RemarkRepository(store);
  final DeskRepository desks = new DeskRepository(store);
  final LabelRepository labels = new LabelRepository(store);
  final DraftRepository drafts = new DraftRepository(store);

  static FaultWorld seeded() {
    FaultWorld w = new FaultWorld();
    Label red = new Label("red");
    Label blue = new Label("blue");
    Writer ann = new Writer("ann");
    ann.setStories(List.of(new Story("s1", Remark.of("r1"), Remark.of("r2")), new Story("s2")));
    ann.setDesk(Desk.of("window"));
    ann.setLabels(List.of(red, blue));
    ann.setDrafts(List.of(new Draft("d1")));
    Writer bob = new Writer("bob");
    bob.setStories(List.of(new Story("s3", Remark.of("r3"))));
    bob.setLabels(List.of(blue));
    w.writers.saveAll(List.of(ann, bob));
    return w;
  }

  /** Every row of every table in insertion order, and every relation as loaded from each side. */
  Map<String, List<String>> snapshot() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("writers", text(writers.all()));
    s.put("stories", text(stories.all()));
    s.put("remarks", text(remarks.all()));
    s.put("desks", text(desks.all()));
    s.put("labels", text(labels.all()));
    s.put("drafts", text(drafts.all()));
    s.put(
        "counts",
        List.of(
            writers.count()
                + " "
                + stories.count()
                + " "
                + remarks.count()
                + " "
                + desks.count()
                + " "
                + labels.count()
                + " "
                + drafts.count()));
    List<String> related = new ArrayList<>();
    for (Writer w : writers.withAll().get()) {
      related.add(
          w.getId()
              + " stories="
              + w.getStories().stream().map(Story::getId).toList()
              + " desk="
              + w.getDesk()
              + " labels="
              + w.getLabels().stream().map(Label::getId).toList()
              + " drafts="
              + w.getDrafts().stream().map(Draft::getId).toList());
    }
    for (Story st : stories.withAll().get()) {
      related.add(
          st.getId()
              + " writer="
              + (st.getWriter() == null ? null : st.getWriter().getId())
              + " remarks="
              + st.getRemarks().stream().map(Remark::id).toList()
              + " draft="
              + (st.getDraft() == null ? null : st.getDraft().getId()));
    }
    s.put("relations", related);
    return s;
  }

  /** The key each table assigns next; assigns them, so call it last. */
  List<Object> nextKeys() {
    return List.of(
        writers.save(new Writer("probe")).getId(),
        stories.save(new Story("probe")).getId(),
        remarks.save(Remark.of("probe")).id(),
        desks.save(Desk.of("probe")).id(),
        labels.save(new Label("probe")).getId(),
        drafts.save(new Draft("probe")).getId());
  }

  private static List<String> text(List<?> rows) {
    List<String> out = new ArrayList<>();
    for (Object row : rows) {
      out.add(String.valueOf(row));
    }
    return out;
  }
}
