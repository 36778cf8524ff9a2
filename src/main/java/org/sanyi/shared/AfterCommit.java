package org.sanyi.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs what must follow a write only once it is committed: a node's cache forgotten after
 * the rows it holds changed. Forgotten before the commit, a read on another thread in
 * between would load the old rows again and keep them for the cache's whole time to live.
 * Without a transaction the write is committed already, so it runs at once; when the
 * transaction rolls back it does not run.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
