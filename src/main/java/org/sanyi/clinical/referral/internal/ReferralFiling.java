package org.sanyi.clinical.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.sanyi.shared.PlatformTime;
import org.springframework.stereotype.Component;

/**
 * The insurance registration (转院备案, national interface 2501) an accepted up-referral
 * gives its sender's HIS. The referral platform cannot file it itself: 2501 is a
 * transaction of the designated institution, signed with the institution's gateway
 * account and naming the person by the insurance number ({@code psn_no}) and scheme the
 * HIS got from 1101, which the referral platform does not hold. So the sender's HIS
 * fetches this {@code refmedin} node, adds {@code psn_no}, {@code insutype} and the
 * region's {@code refl_type} code (a local code table, 1901), and sends 2501; the bureau
 * keeps the registration and answers {@code trt_dcla_detl_sn}.
 */
@Component
public class ReferralFiling {

	/** The term the platform proposes (the bureau's rules may shorten it). */
	public static final int TERM_DAYS = 90;

	private final ReferralRepository referrals;

	private final Sites sites;

	ReferralFiling(ReferralRepository referrals, Sites sites) {
		this.referrals = referrals;
		this.sites = sites;
	}

	/**
	 * Whether the referral calls for a filing by this institution: its accepted
	 * up-referral.
	 */
	public static boolean applies(Referral r, String institution) {
		return r.direction() == Direction.UP && r.fromInstitution().equals(institution)
				&& (r.status() == ReferralStatus.ACCEPTED || r.status() == ReferralStatus.IN_PROGRESS
						|| r.status() == ReferralStatus.COMPLETED);
	}

	/** The {@code refmedin} node for the referral, when it applies to the institution. */
	public Optional<Map<String, Object>> refmedin(Referral r, String institution) {
		if (!applies(r, institution)) {
			return Optional.empty();
		}
		String receiverRegion = sites.institution(r.toInstitution())
			.map(i -> Sites.cityOf(i.regionCode()))
			.orElse(null);
		return Optional.of(node(r, receiverRegion));
	}

	/**
	 * The node itself: diagnosis, receiver, reason, the receiver's decision as opinion,
	 * the decision day as referral date, the reserved day (or the decision day) as start.
	 * @param receiverRegion the receiver's pooling region (市级统筹: its city)
	 */
	static Map<String, Object> node(Referral r, String receiverRegion) {
		LocalDate decided = day(r.decidedAt());
		LocalDate from = r.slotStart() != null && r.slotStart().toLocalDate().isAfter(decided)
				? r.slotStart().toLocalDate() : decided;
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("psn_no", null);
		m.put("insutype", null);
		m.put("diag_code", r.diagnosisCode());
		m.put("diag_name", cut(r.diagnosisName(), 100));
		m.put("dise_cond_dscr", cut(r.reason(), 2000));
		m.put("reflin_medins_no", r.toInstitution());
		m.put("reflin_medins_name", cut(r.toInstitutionName(), 200));
		m.put("mdtrtarea_admdvs", receiverRegion);
		m.put("hosp_agre_refl_flag", "1");
		m.put("refl_type", null);
		m.put("refl_date", decided.toString());
		m.put("refl_rea", cut(r.reason(), 100));
		m.put("refl_opnn",
				cut(r.ref() + " " + r.toInstitutionName() + " " + (r.decidedBy() == null ? "" : r.decidedBy()), 100));
		m.put("begndate", from.toString());
		m.put("enddate", from.plusDays(TERM_DAYS).toString());
		return m;
	}

	/** The referral if the institution is a side of it. */
	public Optional<Referral> find(long id, String institution) {
		return referrals.find(id).filter(r -> r.sideOf(institution) != null);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at == null ? Instant.now() : at, PlatformTime.zone());
	}

	private static String cut(String s, int max) {
		return s == null ? null : s.length() <= max ? s : s.substring(0, max);
	}

}
