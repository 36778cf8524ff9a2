package org.sanyi.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the audit rows written outside a transaction (the row of every write
 * request, logins). The hash chain (security V15) links each row to the one before under
 * one advisory lock held until the inserting transaction commits, so audit inserts run
 * one at a time however many connections there are; with one transaction per row, every
 * write request of a busy moment queued on that lock in PostgreSQL (a lock hand-over, a
 * commit and a round trip per row). Here one writer takes the rows waiting, inserts them
 * in one statement and one transaction (the lock taken once, the trigger chaining them in
 * order exactly as before) and then answers each request. A request still returns only
 * after its row is committed, and fails as before when it could not be; a row that fails
 * in a batch is retried alone, so it fails no other. Rows written inside a caller's
 * transaction are inserted there, to commit or roll back with it. The chain, its check
 * (AuditChain) and what is tamper-evident do not change: only how many rows one holder of
 * the lock links at a time.
 */
@Component
class AuditGroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditGroupCommit.class);

	/** Rows of one transaction at most. */
	static final int BATCH = 200;

	private record Pending(AuditSearch.Entry entry, CompletableFuture<Void> done) {
	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AuditRepository repository;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	private volatile boolean running;

	private volatile Thread writer;

	AuditGroupCommit(AuditRepository repository, PlatformTransactionManager transactions,
			@Value("${sanyi.audit.group-commit:true}") boolean enabled) {
		this.repository = repository;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
	}

	/**
	 * Inserts the row and returns once it is committed (or in the caller's transaction).
	 */
	void insert(AuditSearch.Entry entry) {
		if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
			repository.insert(entry);
			return;
		}
		CompletableFuture<Void> done = new CompletableFuture<>();
		queue.add(new Pending(entry, done));
		if (!running) {
			// stopped meanwhile: the writer may be gone, so this thread writes what waits
			writeLeftovers();
		}
		try {
			done.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("audit row not written", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the audit row was written", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("audit row not written within a minute", ex);
		}
	}

	private void write() {
		List<Pending> batch = new ArrayList<>(BATCH);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				commit(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				running = false;
			}
			catch (RuntimeException ex) {
				// commit() answers every row of the batch; nothing should get here
				log.error("audit group commit", ex);
				batch.forEach(p -> p.done().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Pending> batch) {
		try {
			transaction.executeWithoutResult(s -> repository.insertAll(batch.stream().map(Pending::entry).toList()));
			batch.forEach(p -> p.done().complete(null));
		}
		catch (RuntimeException ex) {
			for (Pending p : batch) {
				try {
					repository.insert(p.entry());
					p.done().complete(null);
				}
				catch (RuntimeException alone) {
					p.done().completeExceptionally(alone);
				}
			}
		}
	}

	private void writeLeftovers() {
		Pending p;
		while ((p = queue.poll()) != null) {
			commit(List.of(p));
		}
	}

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		running = true;
		writer = Thread.ofPlatform().daemon().name("audit-group-commit").start(this::write);
	}

	@Override
	public void stop() {
		running = false;
		Thread t = writer;
		if (t != null) {
			try {
				t.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writeLeftovers();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
