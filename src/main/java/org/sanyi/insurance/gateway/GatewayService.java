package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.gateway.MessageLog.Stored;
import org.sanyi.shared.BusinessException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one national-interface message exactly once. In one database transaction it runs
 * the transaction's work and stores the answer under the msgid (primary key), so the
 * business change and the stored answer commit together or not at all. A replay of the
 * same message (same msgid and body) returns the stored answer and changes nothing; the
 * same msgid with another body is refused ({@code INS-0025}). Two copies of a message
 * racing each other meet at the primary key of {@code ins_message}: the loser rolls back
 * and answers what the winner stored. A deadlock victim is retried (twice) before the
 * caller sees a system error.
 */
@Service
class GatewayService {

	private final MessageLog log;

	private final TransactionTemplate transaction;

	GatewayService(MessageLog log, PlatformTransactionManager transactions) {
		this.log = log;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The answer and whether it is a stored one (a replay). */
	public record Outcome(String response, boolean replayed) {
	}

	/**
	 * Processes a message: {@code work} runs the transaction and returns the success
	 * answer (JSON) to store. A {@link BusinessException} from it rolls everything back
	 * and reaches the caller, who answers it without storing.
	 *
	 * <p>
	 * The happy path does not look the msgid up first: the work runs and the answer is
	 * inserted under the msgid's primary key. A replay is found when that insert collides
	 * (the work is rolled back) or when the work refuses because the first copy already
	 * changed the state (a settled visit); either way the stored answer is returned.
	 */
	public Outcome process(String msgid, String infno, String institution, byte[] body, Supplier<String> work) {
		String hash = sha256(body);
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> {
					String response = work.get();
					log.store(msgid, infno, institution, hash, new String(body, StandardCharsets.UTF_8), response, 0);
					return new Outcome(response, false);
				});
			}
			catch (DuplicateKeyException race) {
				return replay(log.find(msgid).orElseThrow(() -> race), msgid, institution, hash);
			}
			catch (BusinessException refused) {
				Optional<Stored> stored = log.find(msgid);
				if (stored.isPresent()) {
					return replay(stored.get(), msgid, institution, hash);
				}
				throw refused;
			}
			catch (PessimisticLockingFailureException deadlock) {
				if (attempt >= 3) {
					throw deadlock;
				}
			}
		}
	}

	private static Outcome replay(Stored stored, String msgid, String institution, String hash) {
		boolean sameSender = stored.institution().equals(institution);
		if (sameSender && (stored.reserved() || stored.bodySha256().equals(hash))) {
			return new Outcome(stored.response(), true);
		}
		throw new BusinessException(InsuranceErrors.MSGID_REUSED, msgid);
	}

	static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
