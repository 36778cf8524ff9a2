package org.sanyi.insurance.policy.replay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.shared.BusinessException;

/**
 * One replay of a fund year on every core: the caller hands in the year person by person
 * ({@link #person}, from one thread, e.g. while it reads them from the database); people
 * are cut into chunks that workers replay and sum on their own (a person's settlements
 * depend on each other through the year-to-date totals, different people never do), so
 * the only shared step is adding a chunk's sums to the total. At most two chunks per
 * worker wait, so a year of ten million settlements never sits in memory at once and the
 * reader slows down to the workers' pace. A person the engine refuses under the version
 * (a visit it has no rule for) is counted as refused with their settlements.
 */
public final class ReplayRun {

	/** Settlements per chunk: large enough that adding a chunk's sums is rare. */
	static final int CHUNK = 2_000;

	private final PolicyVersion version;

	private final int year;

	private final ExecutorService workers;

	private final Semaphore waiting;

	private final ReplayTotals total = new ReplayTotals();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private final LongConsumer progress;

	private List<List<RecordedSettlement>> chunk = new ArrayList<>();

	private int chunkSize;

	private volatile RuntimeException failure;

	/**
	 * @param version the version to replay (applied as in force the whole year)
	 * @param year the fund year
	 * @param threads workers (the cores)
	 * @param progress told the number of settlements replayed so far, after each chunk
	 */
	public ReplayRun(PolicyVersion version, int year, int threads, LongConsumer progress) {
		this.version = PolicyReplay.inForceThroughout(version, year);
		this.year = year;
		this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("policy-replay-", 1).factory());
		this.waiting = new Semaphore(2 * threads);
		this.progress = progress == null ? n -> {
		} : progress;
	}

	/**
	 * One person's settlements and reversals of the year, in the order they were posted.
	 */
	public void person(List<RecordedSettlement> events) {
		if (events.isEmpty()) {
			return;
		}
		chunk.add(events);
		chunkSize += events.size();
		if (chunkSize >= CHUNK) {
			submit();
		}
	}

	/**
	 * Waits for the workers and returns the report; rethrows what failed a worker.
	 */
	public ReplayResult finish() {
		submit();
		workers.shutdown();
		try {
			while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
				// a year takes minutes at most; the job shows progress meanwhile
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("replay interrupted", ex);
		}
		if (failure != null) {
			throw failure;
		}
		ReplayResult result = total.result(version.code(), year);
		return new ReplayResult(result.policyCode(), year, result.settlements(), result.changedSettlements(),
				refused.get(), result.groups());
	}

	/** Stops the workers without a result. */
	public void abandon() {
		workers.shutdownNow();
	}

	private void submit() {
		if (chunk.isEmpty()) {
			return;
		}
		if (failure != null) {
			throw failure;
		}
		List<List<RecordedSettlement>> mine = chunk;
		int size = chunkSize;
		chunk = new ArrayList<>();
		chunkSize = 0;
		try {
			waiting.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("replay interrupted", ex);
		}
		workers.execute(() -> {
			try {
				ReplayTotals sums = replay(mine);
				synchronized (total) {
					total.merge(sums);
				}
				progress.accept(done.addAndGet(size));
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			finally {
				waiting.release();
			}
		});
	}

	private ReplayTotals replay(List<List<RecordedSettlement>> people) {
		PolicyReplay replay = new PolicyReplay(version, year);
		ReplayTotals sums = new ReplayTotals();
		for (List<RecordedSettlement> person : people) {
			try {
				sums.addPerson(replay.person(person));
			}
			catch (BusinessException ex) {
				refused.addAndGet(person.stream().filter(e -> !e.isReversal()).count());
			}
		}
		return sums;
	}

}
