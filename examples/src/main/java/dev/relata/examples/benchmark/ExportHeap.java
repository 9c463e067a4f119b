package dev.relata.examples.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.relata.Store;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures how much the heap grows while {@code store.exportJson(Path)} writes about 1,000,000 rows
 * (90,910 posts with 10 comments each) to a file: the live heap after every garbage collection
 * during the export, against the live heap before it. A streaming export keeps that growth to
 * Jackson's buffers; one that built the document in memory would grow by its size (about 100 MB
 * here).
 *
 * <p>{@code java -Xmx1g -cp benchmarks.jar dev.relata.examples.benchmark.ExportHeap [posts]}
 * prints the rows, the file size, the time, the live heap before, and the largest live heap after
 * a collection during the export (and their difference). Run it with a small young generation
 * (such as {@code -Xmn16m}) so that collections happen during the export and measure it often.
 */
public final class ExportHeap {
  private ExportHeap() {}

  /** Runs the measurement; the argument is the number of posts (default 90,910). */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 90_910;
    Dataset data = Dataset.generate(n);
    Store store = Store.inMemory();
    new PostRepository(store).saveAll(data.posts());
    new CommentRepository(store).saveAll(data.comments());
    long rows = data.posts().size() + (long) data.comments().size();
    data = null;
    Path file = Files.createTempFile("relata-export", ".json");

    long before = liveHeapAfterGc();
    AtomicLong largest = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used = 0;
                  for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += usage.getUsed();
                  }
                  largest.accumulateAndGet(used, Math::max);
                  collections.incrementAndGet();
                }
              },
              null,
              null);
    }
    long start = System.nanoTime();
    store.exportJson(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long after = liveHeapAfterGc();
    System.out.printf(
        "rows %d, file %d MB, export %d ms, %d collections during it%n",
        rows, Files.size(file) >> 20, millis, collections.get());
    System.out.printf(
        "live heap before %d MB, largest after a collection during the export %d MB"
            + " (growth %d MB), after %d MB%n",
        before >> 20, largest.get() >> 20, (largest.get() - before) >> 20, after >> 20);
    Files.delete(file);
  }

  private static long liveHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
