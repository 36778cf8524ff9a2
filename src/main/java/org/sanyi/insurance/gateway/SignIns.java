package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.insurance.settlement.Ids;
import org.sanyi.insurance.support.InsuranceConfiguration;

import org.springframework.stereotype.Component;

/**
 * 9001 sign-ins: a {@code sign_no} per operator session, which every later message of the
 * institution carries.
 */
@Component
class SignIns {

	private final SignInRepository signIns;

	private final Ids ids;

	private final Map<String, String> known = new ConcurrentHashMap<>();

	SignIns(SignInRepository signIns, Ids ids) {
		this.signIns = signIns;
		this.ids = ids;
	}

	/** A sign-in and its time. */
	public record SignIn(String signNo, OffsetDateTime at) {
	}

	public SignIn signIn(String institution, String operator, String mac, String ip) {
		String signNo = "SN" + institution + Ids.serial10(ids.next());
		OffsetDateTime at = signIns.insert(signNo, institution, operator, mac, ip);
		at = InsuranceConfiguration.local(at);
		return new SignIn(signNo, at);
	}

	/** Whether the sign_no is a sign-in of the institution (cached once seen). */
	public boolean valid(String signNo, String institution) {
		if (signNo == null) {
			return false;
		}
		String owner = known.get(signNo);
		if (owner == null) {
			owner = signIns.institutionOf(signNo).orElse(null);
			if (owner != null) {
				known.put(signNo, owner);
			}
		}
		return institution.equals(owner);
	}

}
