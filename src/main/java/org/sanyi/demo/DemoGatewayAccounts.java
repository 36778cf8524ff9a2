package org.sanyi.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.SigningScheme;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;

/**
 * Gateway accounts for the demo's hospitals and health centres: {@code x-tif-paasid} is
 * the institution code and the secret is derived from the demo seed ({@link #secret}), so
 * test clients and the benchmark can sign requests without a secret being printed
 * anywhere. Predictable on purpose: demo data only. They sign with the HMAC over the body
 * ({@link SigningScheme#HMAC}), as the test clients and the benchmark driver do; new
 * accounts default to the provinces' published scheme.
 */
public final class DemoGatewayAccounts {

	private DemoGatewayAccounts() {
	}

	/**
	 * The demo secret of an institution: {@code demo-} and 24 hex digits of
	 * SHA-256(seed:code).
	 */
	public static String secret(long seed, String institutionCode) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((seed + ":" + institutionCode).getBytes(StandardCharsets.UTF_8));
			return "demo-" + HexFormat.of().formatHex(hash).substring(0, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int issue(InsuranceAdmin insurance, Registry registry, long seed) {
		int issued = 0;
		for (Institution institution : registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)) {
			boolean withHis = institution.kind().isHospital()
					|| institution.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE
					|| institution.kind() == Institution.Kind.COMMUNITY_HEALTH_CENTRE;
			if (withHis && institution.status() == Institution.Status.ACTIVE) {
				insurance.issueCredential(institution.code(), institution.code(), secret(seed, institution.code()),
						SigningScheme.HMAC);
				issued++;
			}
		}
		return issued;
	}

}
