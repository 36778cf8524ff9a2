package org.sanyi.shared.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction gathers for one writer, written by it in one call just before the
 * transaction commits, so that a batch of work sends one statement instead of one per
 * item; gone with the transaction when it rolls back. Without a transaction, or once the
 * batch is written (an item added by another synchronization before commit), an item is
 * written at once. The batch is found among the current transaction's synchronizations,
 * not bound as a resource, so a transaction started inside another (REQUIRES_NEW) keeps
 * its own.
 *
 * @param <T> what is gathered
 */
public final class BeforeCommit<T> implements TransactionSynchronization {

	private final Object owner;

	private final Consumer<List<T>> writer;

	private final List<T> items = new ArrayList<>();

	private boolean written;

	private BeforeCommit(Object owner, Consumer<List<T>> writer) {
		this.owner = owner;
		this.writer = writer;
	}

	/**
	 * Adds the item to the current transaction's batch of {@code owner}, which
	 * {@code writer} writes before the transaction commits.
	 */
	public static <T> void add(Object owner, T item, Consumer<List<T>> writer) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			writer.accept(List.of(item));
			return;
		}
		batch(owner, writer).add(item);
	}

	@SuppressWarnings("unchecked")
	private static <T> BeforeCommit<T> batch(Object owner, Consumer<List<T>> writer) {
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof BeforeCommit<?> b && b.owner == owner) {
				return (BeforeCommit<T>) b;
			}
		}
		BeforeCommit<T> b = new BeforeCommit<>(owner, writer);
		TransactionSynchronizationManager.registerSynchronization(b);
		return b;
	}

	private void add(T item) {
		if (written) {
			writer.accept(List.of(item));
		}
		else {
			items.add(item);
		}
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		written = true;
		if (!items.isEmpty()) {
			writer.accept(items);
		}
	}

}
