package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.examples.integrity.model.Desk;
import dev.relata.examples.integrity.model.Draft;
import dev.relata.examples.integrity.model.Faults;
import dev.relata.examples.integrity.model.Label;
import dev.relata.examples.integrity.model.Remark;
import dev.relata.examples.integrity.model.Story;
import dev.relata.examples.integrity.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 9, items 3 and 4, and issue 12, item 2: every write (saves, inserts, every resolver write,
 * deletes under every {@code onDelete} rule, and a transaction mixing them), made to fail at each
 * call of entity code it makes in turn, leaves every table, the keys assigned next and the caller's
 * objects exactly as they were, and fails with a {@link RelataException}; also when entity code
 * fails again, on every later getter call, while the failed write is undone (undo then needs no
 * getter). When every later call fails, setters too, the caller's objects cannot be restored, but
 * the store is.
 */
class FaultInjectionTest {

  /** A write to try, and the objects of the caller that it may change. */
  private record Attempt(List<Object> callers, Runnable write) {}

  /**
   * A write to try on a seeded world, after {@code setup} (made on the world tried and on the one
   * it is compared with); {@code refused} if the write fails even when no fault fires, as a refusal
   * by a {@code RESTRICT} rule does.
   */
  private record Scenario(
      String name,
      Consumer<FaultWorld> setup,
      Function<FaultWorld, Attempt> attempt,
      boolean refused) {
    Scenario(String name, Function<FaultWorld, Attempt> attempt) {
      this(name, w -> {}, attempt, false);
    }

    FaultWorld world() {
      FaultWorld world = FaultWorld.seeded();
      setup.accept(world);
      return world;
    }
  }

  /** Gives story s1 a draft, which RESTRICT keeps it from letting go of. */
  private static void draftOfS1(FaultWorld w) {
    Story s1 = w.stories.find(1L).orElseThrow();
    w.stories.draft(s1).create(new Draft("d2"));
  }

  @AfterEach
  void disarm() {
    Faults.disarm();
  }

  private static List<Scenario> scenarios() {
    List<Scenario> all = new ArrayList<>();
    all.add(
        new Scenario(
            "save of a new writer with stories, remarks, a desk and labels",
            w -> {
              Writer cid = new Writer("cid");
              cid.setStories(List.of(new Story("s4", Remark.of("r4"), Remark.of("r5"))));
              cid.setDesk(Desk.of("door"));
              cid.setLabels(List.of(new Label("green")));
              return new Attempt(List.of(cid), () -> w.writers.save(cid));
            }));
    all.add(
        new Scenario(
            "saveAll of two flat writers",
            w -> {
              Writer a = new Writer("a");
              Writer b = new Writer("b");
              return new Attempt(List.of(a, b), () -> w.writers.saveAll(List.of(a, b)));
            }));
    all.add(
        new Scenario(
            "save of a loaded writer, changed throughout",
            w -> {
              Writer ann = w.writers.withAll().get().get(0);
              ann.setName("ann renamed");
              ann.getStories().get(0).setTitle("s1 renamed");
              List<Story> stories = new ArrayList<>(ann.getStories());
              stories.add(new Story("s5", Remark.of("r6")));
              ann.setStories(stories);
              List<Label> labels = new ArrayList<>(ann.getLabels());
              labels.add(new Label("green"));
              ann.setLabels(labels);
              return new Attempt(List.of(ann), () -> w.writers.save(ann));
            }));
    all.add(
        new Scenario(
            "insert of a writer with a story",
            w -> {
              Writer dan = new Writer("dan");
              dan.setStories(List.of(new Story("s6")));
              return new Attempt(List.of(dan), () -> w.writers.insert(dan));
            }));
    all.add(
        new Scenario(
            "delete of a writer with cascades, a cleared key and a draft left as it is",
            w -> new Attempt(List.of(), () -> w.writers.delete(1L))));
    all.add(
        new Scenario(
            "deleteAll of stories with cascades",
            w -> new Attempt(List.of(), () -> w.stories.deleteAll())));
    all.add(
        new Scenario(
            "create of a story with a remark through the resolver",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              Story story = new Story("s7", Remark.of("r7"));
              return new Attempt(List.of(ann, story), () -> w.writers.stories(ann).create(story));
            }));
    all.add(
        new Scenario(
            "saveMany of a moved and a new story through the resolver",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              Story s3 = w.stories.find(3L).orElseThrow();
              Story s8 = new Story("s8");
              return new Attempt(
                  List.of(ann, s3, s8), () -> w.writers.stories(ann).saveMany(List.of(s3, s8)));
            }));
    all.add(
        new Scenario(
            "destroy of a story through the resolver",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              return new Attempt(List.of(ann), () -> w.writers.stories(ann).destroy(1L));
            }));
    all.add(
        new Scenario(
            "destroyAll of stories through the resolver",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              return new Attempt(List.of(ann), () -> w.writers.stories(ann).destroyAll());
            }));
    all.add(
        new Scenario(
            "save of a desk through the resolver",
            w -> {
              Writer bob = w.writers.find(2L).orElseThrow();
              Desk corner = Desk.of("corner");
              return new Attempt(List.of(bob), () -> w.writers.desk(bob).save(corner));
            }));
    all.add(
        new Scenario(
            "save of another desk through the resolver, releasing the one held",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              Desk door = Desk.of("door");
              return new Attempt(List.of(ann), () -> w.writers.desk(ann).save(door));
            }));
    all.add(
        new Scenario(
            "save of a writer carrying another desk, releasing the one held",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              ann.setDesk(Desk.of("door"));
              return new Attempt(List.of(ann), () -> w.writers.save(ann));
            }));
    all.add(
        new Scenario(
            "destroy of a desk through the resolver",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              return new Attempt(List.of(ann), () -> w.writers.desk(ann).destroy());
            }));
    all.add(
        new Scenario(
            "attach of a new label",
            w -> {
              Writer bob = w.writers.find(2L).orElseThrow();
              Label green = new Label("green");
              return new Attempt(List.of(bob, green), () -> w.writers.labels(bob).attach(green));
            }));
    all.add(
        new Scenario(
            "attach of a label id",
            w -> {
              Writer bob = w.writers.find(2L).orElseThrow();
              return new Attempt(List.of(bob), () -> w.writers.labels(bob).attach(1L));
            }));
    all.add(
        new Scenario(
            "detach of a label id",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              return new Attempt(List.of(ann), () -> w.writers.labels(ann).detach(2L));
            }));
    all.add(
        new Scenario(
            "associate of a new writer carrying a story",
            w -> {
              Story s3 = w.stories.find(3L).orElseThrow();
              Writer eve = new Writer("eve");
              eve.setStories(List.of(new Story("s9")));
              return new Attempt(List.of(s3, eve), () -> w.stories.writer(s3).associate(eve));
            }));
    all.add(
        new Scenario(
            "associate of a stored writer",
            w -> {
              Story s3 = w.stories.find(3L).orElseThrow();
              Writer ann = w.writers.find(1L).orElseThrow();
              return new Attempt(List.of(s3, ann), () -> w.stories.writer(s3).associate(ann));
            }));
    all.add(
        new Scenario(
            "dissociate",
            w -> {
              Story s1 = w.stories.find(1L).orElseThrow();
              return new Attempt(List.of(s1), () -> w.stories.writer(s1).dissociate());
            }));
    all.add(
        new Scenario(
            "save of a story carrying a new writer",
            w -> {
              Story s10 = new Story("s10", Remark.of("r10"));
              s10.setWriter(new Writer("fay"));
              return new Attempt(List.of(s10), () -> w.stories.save(s10));
            }));
    all.add(
        new Scenario(
            "createMany of two stories with remarks through the resolver",
            w -> {
              Writer bob = w.writers.find(2L).orElseThrow();
              Story s13 = new Story("s13", Remark.of("r13"));
              Story s14 = new Story("s14");
              return new Attempt(
                  List.of(bob, s13, s14),
                  () -> w.writers.stories(bob).createMany(List.of(s13, s14)));
            }));
    all.add(
        new Scenario(
            "create of a draft through a story's HasOne resolver",
            w -> {
              Story s3 = w.stories.find(3L).orElseThrow();
              Draft d7 = new Draft("d7");
              return new Attempt(List.of(s3, d7), () -> w.stories.draft(s3).create(d7));
            }));
    all.add(
        new Scenario(
            "delete of a story whose draft restricts it, refused",
            FaultInjectionTest::draftOfS1,
            w -> new Attempt(List.of(), () -> w.stories.delete(1L)),
            true));
    all.add(
        new Scenario(
            "deleteAll of writers, whose stories' draft restricts them, refused",
            FaultInjectionTest::draftOfS1,
            w -> new Attempt(List.of(), () -> w.writers.deleteAll()),
            true));
    all.add(
        new Scenario(
            "save of another draft through a story's resolver, refused by RESTRICT",
            FaultInjectionTest::draftOfS1,
            w -> {
              Story s1 = w.stories.find(1L).orElseThrow();
              Draft d8 = new Draft("d8");
              return new Attempt(List.of(s1, d8), () -> w.stories.draft(s1).save(d8));
            },
            true));
    all.add(
        new Scenario(
            "save of a story carrying another draft, refused by RESTRICT",
            FaultInjectionTest::draftOfS1,
            w -> {
              Story s1 = w.stories.withAll().get().get(0);
              s1.setDraft(new Draft("d9"));
              return new Attempt(List.of(s1), () -> w.stories.save(s1));
            },
            true));
    all.add(
        new Scenario(
            "a transaction of saves, an insert, resolver writes of every kind and deletes",
            w -> {
              Writer ann = w.writers.find(1L).orElseThrow();
              Writer bob = w.writers.find(2L).orElseThrow();
              Story s3 = w.stories.find(3L).orElseThrow();
              Writer eve = new Writer("eve");
              eve.setStories(List.of(new Story("s11", Remark.of("r11"))));
              eve.setDrafts(List.of(new Draft("d4")));
              Writer gus = new Writer("gus");
              Writer hal = new Writer("hal");
              Story s12 = new Story("s12");
              Desk corner = Desk.of("corner");
              Label green = new Label("green");
              Draft d5 = new Draft("d5");
              List<Object> callers = List.of(ann, bob, s3, eve, gus, hal, s12, green, d5);
              return new Attempt(
                  callers,
                  () ->
                      w.store.transaction(
                          () -> {
                            w.writers.save(eve);
                            w.writers.saveAll(List.of(gus));
                            w.writers.insert(hal);
                            w.writers.stories(ann).create(s12);
                            w.writers.desk(bob).save(corner);
                            w.writers.labels(bob).attach(green);
                            w.writers.labels(ann).detach(2L);
                            w.stories.writer(s3).associate(eve);
                            w.stories.draft(s12).create(d5);
                            w.stories.writer(s12).dissociate();
                            w.writers.stories(ann).destroy(2L);
                            w.writers.delete(2L);
                          }));
            }));
    return all;
  }

  @TestFactory
  Stream<DynamicTest> eachFailingCallLeavesStoreKeysAndCallersAsTheyWere() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario scenario : scenarios()) {
      for (Faults.Mode mode : Faults.Mode.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                scenario.name() + ", " + mode, () -> tryEveryCall(scenario, mode)));
      }
    }
    return tests.stream();
  }

  private static void tryEveryCall(Scenario scenario, Faults.Mode mode) {
    int calls = countCalls(scenario);
    assertTrue(calls > 0, "the write runs no entity code");
    for (int n = 1; n <= calls; n++) {
      FaultWorld tried = scenario.world();
      FaultWorld untouched = scenario.world();
      Attempt attempt = scenario.attempt().apply(tried);
      String callersBefore = String.valueOf(attempt.callers());
      String context = scenario.name() + ", " + mode + ", failing call " + n + " of " + calls;

      Throwable thrown = null;
      boolean fired;
      Faults.arm(n, mode);
      try {
        attempt.write().run();
      } catch (Throwable t) {
        thrown = t;
      } finally {
        fired = Faults.fired();
        Faults.disarm();
      }

      assertTrue(fired, context + ": the fault never fired");
      assertInstanceOf(RelataException.class, thrown, context + ": " + thrown);
      assertEquals(untouched.snapshot(), tried.snapshot(), context + ": the store changed");
      if (mode != Faults.Mode.THEN_EVERY_CALL) {
        assertEquals(
            callersBefore,
            String.valueOf(attempt.callers()),
            context + ": the caller's objects changed");
      }
      assertEquals(untouched.nextKeys(), tried.nextKeys(), context + ": the next keys changed");
    }
  }

  /**
   * The calls of entity code that the write makes when nothing fails (up to its refusal, for a
   * write that is refused).
   */
  private static int countCalls(Scenario scenario) {
    FaultWorld world = scenario.world();
    Attempt attempt = scenario.attempt().apply(world);
    Faults.count();
    boolean refused = false;
    try {
      attempt.write().run();
    } catch (RelataException e) {
      refused = true;
    }
    assertEquals(scenario.refused(), refused, scenario.name() + ": refused");
    return Faults.calls();
  }
}
