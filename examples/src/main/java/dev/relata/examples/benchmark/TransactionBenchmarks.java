package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads while one thread writes, and the cost of transactions, on {@value #POSTS} posts with
 * {@value #COMMENTS_PER_POST} comments each.
 *
 * <ul>
 *   <li>{@code findN} and {@code loadN} (JMH groups): N reader threads (1, 2, 4) and one writer
 *       thread share one store. The writer runs small transactions back to back (a comment moves to
 *       another post and that post is saved: two writes). A {@code find} reader makes {@code
 *       posts.find(id)} (a lock-free read that falls back on the lock while a write runs); a {@code
 *       load} reader makes {@code posts.comments(post).find()} (a read under the read lock: one
 *       index lookup, ten copies). JMH reports the throughput of each side; {@code findAlone} and
 *       {@code loadAlone} are 4 readers without a writer.
 *   <li>{@code transactionOfTwoWrites} (one thread): the same small transaction; {@code twoWrites}
 *       the same two writes without one; {@code transactionOfTenWrites} ten comment moves in one
 *       transaction; {@code failedTransactionOfTwoWrites} the two writes, then an exception that
 *       undoes them.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TransactionBenchmarks {
  static final int POSTS = 10_000;
  static final int COMMENTS_PER_POST = 10;

  /** The store the threads of a group (or one thread) share, filled once per trial. */
  @State(Scope.Group)
  public static class Shared {
    Store store;
    PostRepository posts;
    CommentRepository comments;

    /** Fills the store. */
    @Setup(Level.Trial)
    public void fill() {
      store = Store.inMemory();
      posts = new PostRepository(store);
      comments = new CommentRepository(store);
      List<Post> all = new ArrayList<>(POSTS);
      List<Comment> children = new ArrayList<>(POSTS * COMMENTS_PER_POST);
      for (long id = 1; id <= POSTS; id++) {
        all.add(new Post(id, "post " + id, null, "post-" + id, id, 0));
        for (int c = 0; c < COMMENTS_PER_POST; c++) {
          long key = (id - 1) * COMMENTS_PER_POST + c + 1;
          children.add(new Comment(key, id, "comment " + key, key));
        }
      }
      posts.saveAll(all);
      comments.saveAll(children);
    }

    /** Moves a comment to another post and saves that post: two writes. */
    void moveComment(SplittableRandom random) {
      Comment comment = comments.find(1L + random.nextInt(POSTS * COMMENTS_PER_POST)).get();
      Post post = posts.find(1L + random.nextInt(POSTS)).get();
      comment.setPostId(post.getId());
      comments.save(comment);
      post.setViews(post.getViews() + 1);
      posts.save(post);
    }
  }

  /** Per thread: where it reads and writes next. */
  @State(Scope.Thread)
  public static class Cursor {
    final SplittableRandom random = new SplittableRandom();
    final Post probe = new Post();

    long nextPost() {
      return 1L + random.nextInt(POSTS);
    }
  }

  /** The store of the single-threaded benchmarks. */
  @State(Scope.Thread)
  public static class Alone extends Shared {}

  /** What a transaction that fails on purpose throws. */
  private static final class Abort extends RuntimeException {
    Abort() {
      super("abort", null, false, false);
    }
  }

  private static final Abort ABORT = new Abort();

  /** What a reader does. */
  @State(Scope.Benchmark)
  public static class Reads {
    /**
     * {@code find}: {@code posts.find(id)}, lock-free unless a write runs; {@code load}: {@code
     * posts.comments(post).find()}, under the read lock.
     */
    @Param({"find", "load"})
    public String read;

    Object read(Shared shared, Cursor cursor) {
      long id = cursor.nextPost();
      if (read.equals("find")) {
        return shared.posts.find(id).orElse(null);
      }
      cursor.probe.setId(id);
      return shared.posts.comments(cursor.probe).find();
    }
  }

  private static void write(Shared shared, Cursor cursor) {
    shared.store.transaction(() -> shared.moveComment(cursor.random));
  }

  // ---- N readers and one writer; JMH takes the number of threads of a group from annotations ----

  @Benchmark
  @Group("readers1")
  @GroupThreads(1)
  public Object readers1Read(Shared shared, Cursor cursor, Reads reads) {
    return reads.read(shared, cursor);
  }

  @Benchmark
  @Group("readers1")
  @GroupThreads(1)
  public void readers1Write(Shared shared, Cursor cursor) {
    write(shared, cursor);
  }

  @Benchmark
  @Group("readers2")
  @GroupThreads(2)
  public Object readers2Read(Shared shared, Cursor cursor, Reads reads) {
    return reads.read(shared, cursor);
  }

  @Benchmark
  @Group("readers2")
  @GroupThreads(1)
  public void readers2Write(Shared shared, Cursor cursor) {
    write(shared, cursor);
  }

  @Benchmark
  @Group("readers4")
  @GroupThreads(4)
  public Object readers4Read(Shared shared, Cursor cursor, Reads reads) {
    return reads.read(shared, cursor);
  }

  @Benchmark
  @Group("readers4")
  @GroupThreads(1)
  public void readers4Write(Shared shared, Cursor cursor) {
    write(shared, cursor);
  }

  @Benchmark
  @Group("readers4Alone")
  @GroupThreads(4)
  public Object readers4AloneRead(Shared shared, Cursor cursor, Reads reads) {
    return reads.read(shared, cursor);
  }

  // ---- One thread: what a transaction costs ----

  @Benchmark
  public void transactionOfTwoWrites(Alone alone, Cursor cursor) {
    write(alone, cursor);
  }

  @Benchmark
  public void twoWrites(Alone alone, Cursor cursor) {
    alone.moveComment(cursor.random);
  }

  @Benchmark
  public void transactionOfTenWrites(Alone alone, Cursor cursor) {
    alone.store.transaction(
        () -> {
          for (int i = 0; i < 5; i++) {
            alone.moveComment(cursor.random);
          }
        });
  }

  @Benchmark
  public boolean failedTransactionOfTwoWrites(Alone alone, Cursor cursor) {
    try {
      alone.store.transaction(
          () -> {
            alone.moveComment(cursor.random);
            throw ABORT;
          });
      return false;
    } catch (Abort expected) {
      return true;
    }
  }
}
