package org.sanyi.identity.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.sanyi.identity.registration.MatchIndexFeed.SourceChange;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.DocumentType;
import org.sanyi.identity.matching.FellegiSunterScorer;
import org.sanyi.identity.matching.MatchIndex;
import org.sanyi.identity.matching.MatchResult;
import org.sanyi.identity.matching.PatientMatcher;
import org.sanyi.identity.matching.Sex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's copy of the source records in a {@link MatchIndex}, following
 * {@code idn_source_record} by change number ({@link ChangeCursor}): loaded on first use,
 * then brought up to date by {@link #catchUp} inside every registration, after the
 * registration's advisory locks ({@link MatchIndexFeed}), so that whatever another node
 * committed under the same blocking keys is in the index before the match. The database
 * is the only source: a registration's own record enters the index through the next
 * catch-up, like any other node's, and so do the new owners of records moved by a merge
 * or unmerge.
 * <p>
 * Matches run in parallel under the read lock; a catch-up applies its rows under the
 * write lock, one catch-up at a time.
 */
@Component
class NodeMatchIndex {

	private final MatchIndexFeed feed;

	private final IdentityKeys keys;

	private final TransactionTemplate ownTransaction;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final ReentrantLock catchingUp = new ReentrantLock();

	private final Map<Integer, DemographicRecord> records = new HashMap<>();

	private final Map<Integer, String> residentOf = new HashMap<>();

	private MatchIndex index;

	private volatile ChangeCursor cursor;

	NodeMatchIndex(MatchIndexFeed feed, IdentityKeys keys, PlatformTransactionManager transactions) {
		this.feed = feed;
		this.keys = keys;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	static DemographicRecord toRecord(IdentityKeys keys, SourceRow row) {
		return new DemographicRecord(row.name(), row.pinyin(), Sex.ofCode(row.sex()), row.birthDate(),
				row.documentType() == null ? null : DocumentType.ofCode(row.documentType()),
				keys.decrypt(row.idNumberEnc()), keys.decrypt(row.phoneEnc()), keys.decrypt(row.addressEnc()));
	}

	/**
	 * Loads every source record, once. Called outside any transaction that holds the
	 * gate: the load first waits for a moment when no registration is in flight anywhere,
	 * to know from which change number on it must watch.
	 */
	void ensureLoaded() {
		if (cursor != null) {
			return;
		}
		catchingUp.lock();
		try {
			if (cursor != null) {
				return;
			}
			long settled = ownTransaction.execute(s -> feed.settledChangeNo());
			List<SourceChange> rows = feed.all();
			lock.writeLock().lock();
			try {
				index = new MatchIndex(Math.max(1024, rows.size() * 2));
				ChangeCursor loaded = new ChangeCursor(settled);
				apply(rows, loaded);
				cursor = loaded;
			}
			finally {
				lock.writeLock().unlock();
			}
		}
		finally {
			catchingUp.unlock();
		}
	}

	/**
	 * Applies the source records changed since the last catch-up on this node (one query)
	 * and answers the resident of the institution's record of {@code patientNo}, if it
	 * has one. Runs inside the registration's transaction, after its locks, and after
	 * {@link #ensureLoaded()}.
	 */
	Optional<String> catchUp(String institutionCode, String patientNo) {
		catchingUp.lock();
		try {
			ChangeCursor current = cursor;
			List<SourceChange> rows = feed.changes(current.seen(), current.missing(System.nanoTime()), institutionCode,
					patientNo);
			if (!rows.isEmpty()) {
				lock.writeLock().lock();
				try {
					apply(rows, current);
				}
				finally {
					lock.writeLock().unlock();
				}
			}
			return rows.stream()
				.map(SourceChange::source)
				.filter(s -> s.institutionCode().equals(institutionCode) && s.patientNo().equals(patientNo))
				.map(SourceRow::residentId)
				.findFirst();
		}
		finally {
			catchingUp.unlock();
		}
	}

	/**
	 * Rows in ascending change number; a known record only changes owner (demographics
	 * are never updated).
	 */
	private void apply(List<SourceChange> rows, ChangeCursor to) {
		long[] numbers = new long[rows.size()];
		int n = 0;
		for (SourceChange change : rows.stream()
			.sorted(java.util.Comparator.comparingLong(SourceChange::changeNo))
			.toList()) {
			SourceRow row = change.source();
			if (!records.containsKey(row.id())) {
				DemographicRecord record = toRecord(keys, row);
				index.add(row.id(), record);
				records.put(row.id(), record);
			}
			residentOf.put(row.id(), row.residentId());
			numbers[n++] = change.changeNo();
		}
		to.advance(numbers, System.nanoTime());
	}

	/** Matches against the index as it is now. */
	MatchResult match(DemographicRecord record, FellegiSunterScorer scorer) {
		lock.readLock().lock();
		try {
			return new PatientMatcher(index, records::get, scorer).match(record);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** The resident a source record belongs to, as of the last catch-up. */
	String residentOf(int sourceId) {
		lock.readLock().lock();
		try {
			return residentOf.get(sourceId);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Source records in the index. */
	int size() {
		lock.readLock().lock();
		try {
			return records.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

}
