package org.sanyi.insurance.admin;

import org.sanyi.insurance.gateway.MessageLog;
import org.sanyi.insurance.person.PersonRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts what an older version stored in the clear, once, at start-up and before the
 * server takes requests: ID numbers of insured persons (insurance V8 added the encrypted
 * columns; the keys live in Java, so SQL could not do it) and the answers of the message
 * log. A thousand rows per transaction; nothing to do costs two index lookups.
 */
@Component
class PlaintextMigration implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PlaintextMigration.class);

	private static final int BATCH = 1000;

	private final PersonRepository persons;

	private final MessageLog messages;

	private final TransactionTemplate tx;

	PlaintextMigration(PersonRepository persons, MessageLog messages, TransactionTemplate tx) {
		this.persons = persons;
		this.messages = messages;
		this.tx = tx;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long persons = repeat(() -> this.persons.encryptPlainCertificates(BATCH));
		long answers = repeat(() -> messages.sealPlainAnswers(BATCH));
		if (persons + answers > 0) {
			log.info("Encrypted {} ID numbers of insured persons and {} stored gateway answers", persons, answers);
		}
	}

	private long repeat(java.util.function.IntSupplier batch) {
		long total = 0;
		int done;
		do {
			done = tx.execute(status -> batch.getAsInt());
			total += done;
		}
		while (done == BATCH);
		return total;
	}

}
