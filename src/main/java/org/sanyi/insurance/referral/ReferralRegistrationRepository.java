package org.sanyi.insurance.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referral registrations: filed, found, revoked on condition of being valid. */
@Repository
public class ReferralRegistrationRepository {

	private static final String COLUMNS = """
			trt_dcla_detl_sn as serial, psn_no, insutype, fixmedins_code as institution, insu_optins as insured_region,
			tel_masked, diag_code as diagnosis_code, diag_name as diagnosis_name, dise_cond_dscr as condition,
			reflin_medins_no as target, reflin_medins_name as target_name, mdtrtarea_admdvs as target_region,
			hosp_agre_refl_flag = '1' as hospital_agrees, refl_type as referral_type, refl_date as referral_date,
			refl_rea as reason, refl_opnn as opinion, begndate as "from", enddate as until, out_flag = '1' as out_of_region,
			status, msgid, created_at, revoked_at, revoked_msgid, revoke_memo""";

	private final JdbcClient jdbc;

	ReferralRegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next serial number (10 digits at most in the serial). */
	long nextSerial() {
		return jdbc.sql("select nextval('ins_referral_registration_seq')").query(Long.class).single();
	}

	/** Serialises the filings of one person until the transaction ends. */
	void lockPerson(String psnNo) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ins_referral:' || :p))")
			.param("p", psnNo)
			.query((rs, n) -> 0)
			.list();
	}

	void insert(ReferralRegistration r) {
		jdbc.sql(
				"""
						insert into ins_referral_registration (trt_dcla_detl_sn, psn_no, insutype, fixmedins_code, insu_optins,
						       tel_masked, diag_code, diag_name, dise_cond_dscr, reflin_medins_no, reflin_medins_name,
						       mdtrtarea_admdvs, hosp_agre_refl_flag, refl_type, refl_date, refl_rea, refl_opnn, begndate, enddate,
						       out_flag, status, msgid)
						values (:serial, :psn, :insutype, :inst, :insured, :tel, :diag, :diagName, :cond, :target, :targetName,
						       :targetRegion, :agrees, :type, :date, :reason, :opinion, :from, :until, :out, 'VALID', :msgid)""")
			.param("serial", r.serial())
			.param("psn", r.psnNo())
			.param("insutype", r.insutype())
			.param("inst", r.institution())
			.param("insured", r.insuredRegion())
			.param("tel", r.telMasked())
			.param("diag", r.diagnosisCode())
			.param("diagName", r.diagnosisName())
			.param("cond", r.condition())
			.param("target", r.target())
			.param("targetName", r.targetName())
			.param("targetRegion", r.targetRegion())
			.param("agrees", r.hospitalAgrees() ? "1" : "0")
			.param("type", r.referralType())
			.param("date", r.referralDate())
			.param("reason", r.reason())
			.param("opinion", r.opinion())
			.param("from", r.from())
			.param("until", r.until())
			.param("out", r.outOfRegion() ? "1" : "0")
			.param("msgid", r.msgid())
			.update();
	}

	public Optional<ReferralRegistration> find(String serial) {
		return jdbc.sql("select " + COLUMNS + " from ins_referral_registration where trt_dcla_detl_sn = :s")
			.param("s", serial)
			.query(ReferralRegistration.class)
			.optional();
	}

	Optional<ReferralRegistration> filedBy(String msgid) {
		return jdbc.sql("select " + COLUMNS + " from ins_referral_registration where msgid = :m")
			.param("m", msgid)
			.query(ReferralRegistration.class)
			.optional();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ins_referral_registration)").query(Boolean.class).single();
	}

	/** The person's valid (not revoked) registrations to the target. */
	public List<ReferralRegistration> validTo(String psnNo, String target) {
		return jdbc
			.sql("select " + COLUMNS + " from ins_referral_registration where psn_no = :p and reflin_medins_no = :t"
					+ " and status = 'VALID'")
			.param("p", psnNo)
			.param("t", target)
			.query(ReferralRegistration.class)
			.list();
	}

	/** The person's registrations whose term meets the window, newest first. */
	public List<ReferralRegistration> ofPerson(String psnNo, java.time.LocalDate from, java.time.LocalDate to) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from ins_referral_registration where psn_no = :p
				  and (cast(:to as date) is null or begndate <= :to)
				  and (cast(:from as date) is null or enddate is null or enddate >= :from)
				order by begndate desc, trt_dcla_detl_sn desc limit 100""")
			.param("p", psnNo)
			.param("from", from)
			.param("to", to)
			.query(ReferralRegistration.class)
			.list();
	}

	boolean revoke(String serial, String msgid, String memo, Instant at) {
		return jdbc.sql("""
				update ins_referral_registration set status = 'REVOKED', revoked_at = :at, revoked_msgid = :msgid,
				       revoke_memo = :memo
				 where trt_dcla_detl_sn = :s and status = 'VALID'""")
			.param("s", serial)
			.param("msgid", msgid)
			.param("memo", memo)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

}
