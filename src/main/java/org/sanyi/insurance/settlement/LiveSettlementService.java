package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.LiveSettlements;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Enrolment;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles online follow-up visits for the internet hospital ({@link LiveSettlements}):
 * the steps a hospital's HIS takes at the gateway (2201 register, 2203 med_type and
 * diagnosis, 2204 the fee line, 2207 settle with its guards) run in one transaction
 * ({@link LiveVisits}), for the resident's insured person and the enrolment active in the
 * year. The fee is the online visit's 诊查费, priced as the outpatient consultation item of
 * the catalogue: the national guidance on "互联网+" services has public hospitals charge and
 * insurance pay an online follow-up like the same visit in person.
 */
@Service
class LiveSettlementService implements LiveSettlements {

	/** 普通门诊诊查费 in the insurance catalogue: what an online follow-up is priced as. */
	static final String CONSULTATION_ITEM = "110200001";

	private static final String RESOURCE = "insurance:live-settlement";

	/** 居民身份证 as the person index stores it ({@code psn_cert_type}). */
	private static final String ID_CARD = "01";

	private final InstitutionDirectory institutions;

	private final ResidentIndex residents;

	private final PersonRepository persons;

	private final LiveVisits live;

	private final SettlementService settlements;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	LiveSettlementService(InstitutionDirectory institutions, ResidentIndex residents, PersonRepository persons,
			LiveVisits live, SettlementService settlements, JdbcClient jdbc, AuditLog audit, Clock insuranceClock) {
		this.institutions = institutions;
		this.residents = residents;
		this.persons = persons;
		this.live = live;
		this.settlements = settlements;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = insuranceClock;
	}

	@Override
	@Transactional
	public Settled settleOnlineVisit(OnlineVisitClaim claim) {
		if (claim == null) {
			throw invalid("claim", null);
		}
		String key = text(claim.key(), "key", 30);
		String residentRef = text(claim.residentRef(), "resident", 64);
		String institutionCode = text(claim.institutionCode(), "institution", 12);
		String diagnosisCode = text(claim.diagnosisCode(), "diagnosis", 30);
		String diagnosisName = text(claim.diagnosisName(), "diagnosisName", 300);
		String doctor = claim.doctorName() == null ? null : text(claim.doctorName(), "doctor", 50);
		String by = text(claim.by(), "by", 100);
		BigDecimal fee = claim.fee();
		if (fee == null || fee.signum() <= 0 || fee.stripTrailingZeros().scale() > 2
				|| fee.compareTo(new BigDecimal("100000")) >= 0) {
			throw invalid("fee", fee == null ? null : fee.toPlainString());
		}
		if (claim.completedAt() == null) {
			throw invalid("completedAt", null);
		}
		// one settlement per key even when two calls race: the second waits, then finds
		// the first
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ins-live:' || :key))").param("key", key).query().singleRow();
		Optional<Row> stored = row(key);
		if (stored.isPresent()) {
			Row r = stored.get();
			if (!r.institution().equals(institutionCode) || !r.residentRef().equals(residentRef)
					|| r.fee().compareTo(fee) != 0) {
				throw new BusinessException(InsuranceErrors.LIVE_KEY_REUSED, key);
			}
			return settled(r);
		}
		InstitutionInfo institution = institutions.find(institutionCode)
			.filter(InstitutionInfo::active)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.LIVE_INSTITUTION_UNKNOWN, institutionCode));
		LocalDate today = LocalDate.now(clock);
		Insured insured = insured(residentRef, today).orElseThrow(() -> notInsured(residentRef, today));
		Person person = insured.person();
		String insutype = insured.insutype();

		String medType = MedType.ONLINE_FOLLOW_UP.code();
		var begin = claim.completedAt().isAfter(today.plusDays(1).atStartOfDay()) ? today.atStartOfDay()
				: claim.completedAt();
		// the gateway's steps, guards included (fund supervision can refuse the
		// settlement: nothing of it is then written)
		SettlementRow row = live.settle(new LiveVisits.LiveVisit(institution, person, insutype, medType, key, begin,
				null, null, doctor, "互联网医院",
				List.of(new Diagnosis(1, "1", true, diagnosisCode, diagnosisName, null, null, doctor, begin)),
				List.of(new VisitService.UploadedLine("1", "1", CONSULTATION_ITEM, CONSULTATION_ITEM, "互联网复诊诊查费", fee,
						BigDecimal.ONE, fee, begin, null, null)),
				true));
		jdbc.sql(
				"""
						insert into ins_live_settlement (key, source, fixmedins_code, resident_ref, psn_no, mdtrt_id, setl_id, fee,
						                                 created_at, created_by)
						values (:key, 'ONLINE', :institution, :resident, :psnNo, :visitId, :setlId, :fee, :at, :by)""")
			.param("key", key)
			.param("institution", institutionCode)
			.param("resident", residentRef)
			.param("psnNo", person.psnNo())
			.param("visitId", row.visitId())
			.param("setlId", row.setlId())
			.param("fee", fee)
			.param("at", OffsetDateTime.now(clock))
			.param("by", by)
			.update();
		audit.record(AuditAction.CREATE, RESOURCE, key,
				"online visit settled " + row.setlId() + " " + institutionCode + " med_type " + medType + " fee "
						+ fee.toPlainString() + " fund " + row.fundTotal().toPlainString() + " by " + by);
		return settled(row(key).orElseThrow());
	}

	@Override
	@Transactional
	public Settled reverse(String key, String reason, String by) {
		String k = text(key, "key", 30);
		String why = text(reason, "reason", 300);
		String who = text(by, "by", 100);
		Row r = jdbc.sql(SELECT + " where l.key = :key for update of l")
			.param("key", k)
			.query(LiveSettlementService::map)
			.optional()
			.orElseThrow(() -> new BusinessException(InsuranceErrors.LIVE_NOT_FOUND, k));
		if (r.reversalId() != null) {
			return settled(r);
		}
		SettlementRow reversal = settlements.reverse(r.institution(), r.settlementId(), r.visitId(), r.psnNo(), null,
				"2208");
		jdbc.sql("""
				update ins_live_settlement set reversal_setl_id = :rev, reversed_at = :at, reversed_by = :by,
				       reverse_reason = :why where key = :key""")
			.param("rev", reversal.setlId())
			.param("at", OffsetDateTime.now(clock))
			.param("by", who)
			.param("why", why)
			.param("key", k)
			.update();
		audit.record(AuditAction.UPDATE, RESOURCE, k,
				"reversed " + r.settlementId() + " as " + reversal.setlId() + " by " + who + ": " + why);
		return settled(row(k).orElseThrow());
	}

	@Override
	public boolean covers(String residentRef, LocalDate day) {
		return residentRef != null && day != null && insured(residentRef, day).isPresent();
	}

	/** The resident's insured person and the scheme enrolled in the day's year. */
	private Optional<Insured> insured(String residentRef, LocalDate day) {
		return residents.idNumberOf(residentRef)
			.flatMap(idNumber -> persons.findByCertificate(ID_CARD, idNumber))
			.flatMap(person -> persons.enrolments(person.psnNo())
				.stream()
				.filter(e -> e.year() == day.getYear() && e.active())
				.map(Enrolment::insutype)
				.sorted()
				.findFirst()
				.map(insutype -> new Insured(person, insutype)));
	}

	private record Insured(Person person, String insutype) {
	}

	@Override
	public Optional<Settled> find(String key) {
		return key == null ? Optional.empty() : row(key).map(LiveSettlementService::settled);
	}

	private record Row(String key, String institution, String residentRef, String psnNo, String visitId,
			String settlementId, BigDecimal fee, String reversalId, String medType, BigDecimal medicalFees,
			BigDecimal fundTotal, BigDecimal accountPay, BigDecimal cashPay, String policyCode) {
	}

	private static final String SELECT = """
			select l.key, l.fixmedins_code, l.resident_ref, l.psn_no, l.mdtrt_id, l.setl_id, l.fee, l.reversal_setl_id,
			       s.med_type, s.medfee_sumamt, s.fund_pay_sumamt, s.acct_pay, s.psn_cash_pay, s.policy_code
			from ins_live_settlement l join ins_settlement s on s.setl_id = l.setl_id""";

	private Optional<Row> row(String key) {
		return jdbc.sql(SELECT + " where l.key = :key").param("key", key).query(LiveSettlementService::map).optional();
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("key"), rs.getString("fixmedins_code"), rs.getString("resident_ref"),
				rs.getString("psn_no"), rs.getString("mdtrt_id"), rs.getString("setl_id"), rs.getBigDecimal("fee"),
				rs.getString("reversal_setl_id"), rs.getString("med_type"), rs.getBigDecimal("medfee_sumamt"),
				rs.getBigDecimal("fund_pay_sumamt"), rs.getBigDecimal("acct_pay"), rs.getBigDecimal("psn_cash_pay"),
				rs.getString("policy_code"));
	}

	private static Settled settled(Row r) {
		return new Settled(r.key(), r.settlementId(), r.visitId(), r.psnNo(), r.institution(), r.medType(),
				r.medicalFees(), r.fundTotal(), r.accountPay(), r.cashPay(), r.policyCode(), r.reversalId());
	}

	private static BusinessException notInsured(String residentRef, LocalDate today) {
		return new BusinessException(InsuranceErrors.LIVE_NOT_INSURED, residentRef, String.valueOf(today.getYear()));
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw invalid(field, value);
		}
		return value.strip();
	}

	private static BusinessException invalid(String field, String value) {
		return new BusinessException(InsuranceErrors.LIVE_INVALID, field, String.valueOf(value));
	}

}
