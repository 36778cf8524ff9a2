package org.sanyi.pharma.prescription;

import java.util.Optional;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public keys prescribers and pharmacists sign with ({@code ph_rx_signer}),
 * registered by their institution: a signature verifies only against the key registered
 * for that person at that institution.
 */
@Component
public class SignerKeys {

	/** Who signs. */
	public enum Role {

		DOCTOR, PHARMACIST

	}

	/** A registered key. */
	public record Key(RxSignatures.Algorithm algorithm, String publicKey) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SignerKeys(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Registers or replaces a signer's key; PH-0220 when it is not a point of the curve.
	 */
	public void register(String institution, String signer, Role role, RxSignatures.Algorithm algorithm,
			String publicKey) {
		if (!RxSignatures.validPublicKey(algorithm, publicKey)) {
			throw new BusinessException(PharmaErrors.SIGNER_KEY_INVALID, signer);
		}
		jdbc.sql("""
				insert into ph_rx_signer (institution_code, signer_code, role, algorithm, public_key)
				values (:i, :s, :r, :a, :k)
				on conflict (institution_code, signer_code, role) do update set algorithm = excluded.algorithm,
				    public_key = excluded.public_key, registered_at = now()""")
			.param("i", institution)
			.param("s", signer)
			.param("r", role.name())
			.param("a", algorithm.name())
			.param("k", publicKey.strip())
			.update();
		audit.record(AuditAction.UPDATE, "pharma.signer", institution + ":" + signer, role + " " + algorithm);
	}

	Optional<Key> find(String institution, String signer, Role role) {
		return jdbc.sql("""
				select algorithm, public_key from ph_rx_signer
				where institution_code = :i and signer_code = :s and role = :r""")
			.param("i", institution)
			.param("s", signer)
			.param("r", role.name())
			.query((rs, n) -> new Key(RxSignatures.Algorithm.valueOf(rs.getString("algorithm")),
					rs.getString("public_key")))
			.optional();
	}

	/**
	 * Checks a signature of {@code text} by a signer: PH-0211 when no key is registered,
	 * PH-0210 when the algorithm differs or the signature does not verify.
	 */
	void verify(String institution, String signer, Role role, String algorithm, String text, String signature) {
		Key key = find(institution, signer, role)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_SIGNER_UNKNOWN, signer, institution));
		boolean sameAlgorithm = key.algorithm().name().equalsIgnoreCase(algorithm);
		if (!sameAlgorithm || !RxSignatures.verify(key.algorithm(), key.publicKey(), text, signature)) {
			throw new BusinessException(PharmaErrors.RX_SIGNATURE_INVALID, role.name(), signer);
		}
	}

}
