package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time, next to JMH's wall-clock figures. The benchmark machine is shared (other builds load
 * its two cores), and CPU time barely notices that: a call that waits for a core is not charged
 * for the wait. So a ratio of CPU times is the steadier figure when the machine is busy.
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuClock() {}

  /** CPU time of the calling thread, in nanoseconds. */
  static long thread() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** CPU time of this whole JVM (every thread: merges, JIT, GC), in nanoseconds. */
  static long process() {
    return OS.getProcessCpuTime();
  }

  /** Per-call CPU times of one thread, with their percentiles. Not thread-safe. */
  static final class Samples {
    private long[] nanos = new long[1 << 16];
    private int count;

    void add(long value) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = value;
    }

    void clear() {
      count = 0;
    }

    int count() {
      return count;
    }

    /** The {@code p}-th percentile (0-100) in milliseconds. */
    double percentileMillis(double p) {
      if (count == 0) {
        return Double.NaN;
      }
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      int at = (int) Math.ceil(p / 100 * count) - 1;
      return sorted[Math.max(0, Math.min(count - 1, at))] / 1e6;
    }
  }
}
