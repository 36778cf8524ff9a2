package org.sanyi.insurance.gateway;

import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanyi.insurance.SigningScheme;
import org.sanyi.shared.TtlCache;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gateway accounts with their decrypted secrets, cached for a minute (a revoked account
 * stops working within a minute), and the nonce register behind replay protection.
 */
@Component
class GatewayCredentials {

	static final long WINDOW_SECONDS = 300;

	private final CredentialRepository repository;

	private final SecretBox secrets;

	private final TtlCache<String, Optional<Credential>> cache = new TtlCache<>(Duration.ofMinutes(1), 10_000);

	GatewayCredentials(CredentialRepository repository, SecretBox secrets) {
		this.repository = repository;
		this.secrets = secrets;
	}

	record Credential(String paasid, String institution, String secret, SigningScheme scheme,
			HsaSignatures.PreparedKey key) {

		Credential(String paasid, String institution, String secret, SigningScheme scheme) {
			this(paasid, institution, secret, scheme, new HsaSignatures.PreparedKey(secret));
		}

		/**
		 * Checks a request's signature with the account's scheme; {@code null} when it
		 * matches, otherwise the reason (a message key suffix of
		 * {@code insurance.gateway.refused.}). The published scheme ignores
		 * {@code x-tif-signtype}: provincial clients do not send it.
		 */
		String refusal(String signType, String timestamp, String nonce, byte[] body, String signature) {
			if (scheme == SigningScheme.TIF_SHA256) {
				return HsaSignatures.matches(HsaSignatures.published(secret, timestamp, nonce), signature) ? null
						: "badSignatureTif";
			}
			String algorithm = signType == null ? HsaSignatures.SHA256 : signType.trim();
			if (!HsaSignatures.SHA256.equalsIgnoreCase(algorithm) && !HsaSignatures.SM3.equalsIgnoreCase(algorithm)) {
				return "unknownAlgorithm";
			}
			return HsaSignatures.matches(key.sign(algorithm, timestamp, nonce, body), signature) ? null
					: "badSignature";
		}

	}

	Optional<Credential> find(String paasid) {
		return cache.get(paasid, id -> repository.find(id)
			.map(c -> new Credential(c.paasid(), c.institutionCode(), secrets.open(c.secretCipher()), c.scheme())));
	}

	/**
	 * Forgets the cached account, after its scheme changed (other nodes see the change
	 * within a minute).
	 */
	void evict(String paasid) {
		cache.forget(paasid);
	}

	/** False when the account already used this nonce within the window. */
	boolean firstUse(String paasid, String nonce) {
		return repository.firstUse(paasid, nonce);
	}

	/**
	 * Nonces older than twice the window can never be replayed successfully (their
	 * timestamp is refused).
	 */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	@SchedulerLock(name = "insurance-gateway-nonces", lockAtMostFor = "PT9M", lockAtLeastFor = "PT8M")
	void forgetOldNonces() {
		repository.forgetNoncesOlderThan(2 * WINDOW_SECONDS);
	}

}
