package org.sanyi.identity.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Times an operation on one thread: warm-up, then several passes of a fixed duration,
 * each reporting operations per wall-clock second and per CPU-second of the measuring
 * thread. The CPU figure is the per-core rate and stays meaningful on a machine whose
 * cores are shared with other jobs, which ours are; the wall figure is what a caller
 * would see at that moment.
 */
final class Measure {

	static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	static long sink;

	private Measure() {
	}

	/**
	 * @param perWallSecond median over the passes
	 * @param perCpuSecond median over the passes
	 * @param passesPerCpuSecond every pass, for the spread
	 */
	record Rate(double perWallSecond, double perCpuSecond, double[] passesPerCpuSecond) {
	}

	/**
	 * Runs {@code op(i)} for i = 0, 1, 2, …; it must return true (a false is a failed
	 * verification).
	 */
	static Rate rate(String name, IntPredicate op, double warmupSeconds, int passes, double passSeconds) {
		run(op, warmupSeconds, 0);
		double[] wall = new double[passes];
		double[] cpu = new double[passes];
		int offset = 0;
		for (int p = 0; p < passes; p++) {
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			int ops = run(op, passSeconds, offset);
			offset += ops;
			wall[p] = ops / ((System.nanoTime() - wallStart) / 1e9);
			cpu[p] = ops / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
		}
		var rate = new Rate(median(wall), median(cpu), cpu);
		System.out.printf("  %-28s %,10.0f /s per core (CPU time)   %,10.0f /s wall%n", name, rate.perCpuSecond(),
				rate.perWallSecond());
		return rate;
	}

	private static int run(IntPredicate op, double seconds, int offset) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		int ops = 0;
		do {
			for (int k = 0; k < 64; k++) {
				if (!op.test(offset + ops)) {
					throw new IllegalStateException("operation failed at " + (offset + ops));
				}
				ops++;
			}
		}
		while (System.nanoTime() < end);
		sink += ops;
		return ops;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** The value at quantile q (0..1) of sorted values, nearest rank. */
	static long percentile(long[] sorted, double q) {
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
