package org.sanyi.insurance.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A referral registration (转院备案) as kept: national field names mapped to English.
 *
 * @param serial {@code trt_dcla_detl_sn}, the bureau's serial
 * @param institution the referring institution that filed it
 * @param insuredRegion {@code insu_optins}
 * @param target {@code reflin_medins_no}, the institution referred to
 * @param targetRegion {@code mdtrtarea_admdvs}, where the person is treated
 * @param hospitalAgrees {@code hosp_agre_refl_flag 1}
 * @param outOfRegion the target lies outside the filing institution's pooling region
 * @param until {@code enddate}, or null when open
 */
public record ReferralRegistration(String serial, String psnNo, String insutype, String institution,
		String insuredRegion, String telMasked, String diagnosisCode, String diagnosisName, String condition,
		String target, String targetName, String targetRegion, boolean hospitalAgrees, String referralType,
		LocalDate referralDate, String reason, String opinion, LocalDate from, LocalDate until, boolean outOfRegion,
		RegistrationStatus status, String msgid, OffsetDateTime createdAt, OffsetDateTime revokedAt,
		String revokedMsgid, String revokeMemo) {

	/** Whether the registration covers a visit on the day at the target. */
	public boolean covers(String institution, LocalDate day) {
		return status == RegistrationStatus.VALID && target.equals(institution) && !day.isBefore(from)
				&& (until == null || !day.isAfter(until));
	}

}
