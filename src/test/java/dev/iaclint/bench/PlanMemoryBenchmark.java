package dev.iaclint.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.plan.PlanLoader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How much heap loading a plan takes, in bytes per byte of its JSON: what the loaded unit and its
 * source lines keep once the plan is read (what stays alive while the policies evaluate it), and
 * the most the heap held during the load (the live heap after each collection, sampled by the
 * collectors' notifications; with a small young generation, {@code -Xmn16m}, they come often
 * enough to see the peak). The plan's text, read before any loader runs and shared by all of
 * them, is counted apart. Not a test: bench/plan-memory.sh runs it with the serial collector,
 * whose full collections make "after GC" exact. Usage: {@code PlanMemoryBenchmark PLAN...}.
 */
public final class PlanMemoryBenchmark {

    private PlanMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String plan : args) {
            measure(Path.of(plan));
        }
    }

    private static void measure(Path plan) throws Exception {
        PlanLoader loader = new PlanLoader(KindTable.builtIn());
        double bytes = Files.size(plan);
        long empty = liveHeap();
        Input input = Input.of(new InputFile(plan, plan.toString(), true));
        input.text();
        long withText = liveHeap();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PeakHeap peak = PeakHeap.start();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long process = system.getProcessCpuTime();
        long wall = System.nanoTime();
        Loaded loaded = loader.load(input).orElseThrow(() -> new IllegalArgumentException(plan + " is not a plan"));
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        process = system.getProcessCpuTime() - process;
        long mostDuringLoad = peak.stop();
        long withLoaded = liveHeap();
        int resources = loaded.unit().resources().size();
        Reference.reachabilityFence(loaded);
        Reference.reachabilityFence(input);
        System.out.printf(Locale.ROOT, "%s: %.1f MB, %,d resources, loaded in %.2f s (CPU %.2f s: %.2f s the loading"
                + " thread, the rest the compilers and the collector)%n", plan, bytes / (1 << 20), resources, wall / 1e9,
                process / 1e9, cpu / 1e9);
        System.out.printf(Locale.ROOT, "  allocated by the load: %.2f bytes per byte (%.0f MB), garbage included%n",
                allocated / bytes, allocated / 1048576.0);
        System.out.printf(Locale.ROOT, "  the plan's text: %.2f bytes of heap per byte of JSON (%.0f MB)%n",
                (withText - empty) / bytes, (withText - empty) / 1048576.0);
        System.out.printf(Locale.ROOT, "  kept by the load (unit and source lines): %.2f bytes per byte (%.0f MB)%n",
                (withLoaded - withText) / bytes, (withLoaded - withText) / 1048576.0);
        System.out.printf(Locale.ROOT, "  most held during the load, text included: %.2f bytes per byte (%.0f MB)%n",
                (Math.max(mostDuringLoad, withLoaded) - empty) / bytes, (Math.max(mostDuringLoad, withLoaded) - empty) / 1048576.0);
        System.out.printf(Locale.ROOT, "  while the policies evaluate it, text included: %.2f bytes per byte%n",
                (withLoaded - empty) / bytes);
    }

    /** The heap in use after full collections: what is reachable. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use right after any collection between start and stop. */
    private static final class PeakHeap implements NotificationListener {

        /** Per collector, the id of the last collection notified: its count of collections then. */
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final Map<String, Long> startAt = new HashMap<>();
        private final Map<String, Long> stopAt = new HashMap<>();
        private volatile long most;

        static PeakHeap start() {
            PeakHeap peak = new PeakHeap();
            for (GarbageCollectorMXBean collector : collectors()) {
                peak.startAt.put(collector.getName(), collector.getCollectionCount());
                peak.seen.put(collector.getName(), collector.getCollectionCount());
                ((NotificationEmitter) collector).addNotificationListener(peak, null, null);
            }
            return peak;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long id = info.getGcInfo().getId();
            synchronized (this) {
                Long last = stopAt.get(info.getGcName());
                if (id > startAt.get(info.getGcName()) && (last == null || id <= last)) {
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    most = Math.max(most, used);
                }
                seen.merge(info.getGcName(), id, Math::max);
                notifyAll();
            }
        }

        /** Waits for the notifications of the collections made before it was called (they arrive on another thread). */
        long stop() throws Exception {
            synchronized (this) {
                for (GarbageCollectorMXBean collector : collectors()) {
                    stopAt.put(collector.getName(), collector.getCollectionCount());
                }
            }
            synchronized (this) {
                for (GarbageCollectorMXBean collector : collectors()) {
                    while (seen.get(collector.getName()) < stopAt.get(collector.getName())) {
                        wait(); // woken by handleNotification
                    }
                }
            }
            for (GarbageCollectorMXBean collector : collectors()) {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            }
            return most;
        }

        private static List<GarbageCollectorMXBean> collectors() {
            return ManagementFactory.getGarbageCollectorMXBeans();
        }
    }
}
