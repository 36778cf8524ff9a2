package org.sanyi.insurance.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.PoolCap;
import org.sanyi.insurance.person.Persons.Enrolment;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.settlement.AccumulatorRepository;
import org.sanyi.insurance.settlement.SettlementRepository;
import org.sanyi.insurance.settlement.SettlementRow;
import org.sanyi.insurance.settlement.VisitRepository;
import org.sanyi.insurance.settlement.Visits;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;

/**
 * What a resident sees of their own medical insurance ("我的医保"): the insured persons
 * holding their ID number (one per insured region; usually one), enrolments per year and
 * scheme, the personal account and its movements, their settlements with the per-fund and
 * per-line detail, and the year-to-date totals against the policy's caps. Every query is
 * keyed by the person numbers found for the caller's own ID number, so nothing of anybody
 * else is reachable (data scope SELF).
 */
@Service
class ResidentInsuranceViews {

	private final ResidentInsuranceRepository residents;

	private final PersonRepository persons;

	private final SettlementRepository settlements;

	private final VisitRepository visits;

	private final AccumulatorRepository accumulators;

	private final PolicyService policies;

	ResidentInsuranceViews(ResidentInsuranceRepository residents, PersonRepository persons,
			SettlementRepository settlements, VisitRepository visits, AccumulatorRepository accumulators,
			PolicyService policies) {
		this.residents = residents;
		this.persons = persons;
		this.settlements = settlements;
		this.visits = visits;
		this.accumulators = accumulators;
		this.policies = policies;
	}

	/**
	 * An insured person of the resident with enrolments and account balance ({@code null}
	 * without an account).
	 */
	public record MyPerson(Person person, List<Enrolment> enrolments, BigDecimal balance) {
	}

	/**
	 * A movement of a personal account: a deposit (+) or a payment (−), or a payment's
	 * refund (+).
	 */
	public record AccountMovement(String psnNo, LocalDate date, OffsetDateTime at, String kind, String txnId,
			String institutionName, BigDecimal amount) {
	}

	/** One of the resident's settlements as the list shows it. */
	public record MySettlement(String setlId, OffsetDateTime settledAt, String insutype, String medType,
			String institutionName, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay,
			BigDecimal cashPay, String status, boolean refund) {
	}

	/**
	 * A year-to-date line: what was used (deductible, pool paid) against the policy's
	 * amount, if it has one.
	 */
	public record YearTotal(String kind, String name, BigDecimal used, BigDecimal limit) {

		/** Percentage used, 0–100, for the bar; 0 without a limit. */
		public int percent() {
			if (limit == null || limit.signum() <= 0) {
				return 0;
			}
			return used.multiply(BigDecimal.valueOf(100))
				.divide(limit, 0, java.math.RoundingMode.DOWN)
				.min(BigDecimal.valueOf(100))
				.max(BigDecimal.ZERO)
				.intValue();
		}

		public BigDecimal remaining() {
			return limit == null ? null : limit.subtract(used).max(BigDecimal.ZERO);
		}

	}

	/**
	 * The year-to-date totals of a person, scheme and year, with the policy version that
	 * sets the limits.
	 */
	public record YearTotals(String psnNo, String insutype, int year, String policyCode, int admissions,
			List<YearTotal> lines) {
	}

	/** The insured persons holding a resident ID number (certificate type 01). */
	public List<MyPerson> persons(String idNumber) {
		List<MyPerson> found = new ArrayList<>();
		for (Person p : persons.psnNosByIdNumber(idNumber)
			.stream()
			.map(persons::find)
			.flatMap(Optional::stream)
			.toList()) {
			found.add(new MyPerson(p, persons.enrolments(p.psnNo()), persons.balance(p.psnNo()).orElse(null)));
		}
		return found;
	}

	/** The latest movements of the persons' accounts, newest first. */
	public List<AccountMovement> movements(List<String> psnNos, int limit) {
		if (psnNos.isEmpty()) {
			return List.of();
		}
		return residents.movements(psnNos, limit);
	}

	/** The persons' settlements and reversals, newest first. */
	public List<MySettlement> settlements(List<String> psnNos, int limit) {
		if (psnNos.isEmpty()) {
			return List.of();
		}
		return residents.settlements(psnNos, limit);
	}

	/**
	 * A settlement with its lines, only if it belongs to one of the persons (otherwise
	 * empty: "not found").
	 */
	public record MySettlementDetail(SettlementRow settlement, List<FeeLineRow> lines,
			List<Visits.Diagnosis> diagnoses) {
	}

	public Optional<MySettlementDetail> settlement(List<String> psnNos, String setlId) {
		return settlements.find(setlId)
			.filter(s -> psnNos.contains(s.psnNo()))
			.map(s -> new MySettlementDetail(s, visits.settledLines(s.refund() ? s.originalSetlId() : s.setlId()),
					visits.diagnoses(s.visitId())));
	}

	/**
	 * Year-to-date totals of each enrolment of the year: deductibles borne per benefit
	 * kind, what the pool paid toward each named cap against that cap's amount in the
	 * version in force (on the last day of the year, or {@code today} in the current
	 * year), and what each supplementary fund paid.
	 */
	public List<YearTotals> yearTotals(List<MyPerson> mine, int year, LocalDate today) {
		List<YearTotals> result = new ArrayList<>();
		for (MyPerson p : mine) {
			for (Enrolment e : p.enrolments()) {
				if (e.year() != year) {
					continue;
				}
				Map<String, BigDecimal> totals = accumulators.read(p.person().psnNo(), e.insutype(), year).values();
				LocalDate on = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
				PolicyVersion policy = policyOrNull(p.person().insuredRegion(), e.insutype(), on);
				Map<String, BigDecimal> caps = new TreeMap<>();
				if (policy != null) {
					for (PoolCap cap : policy.caps()) {
						caps.put(cap.name(), cap.annualAmount().amount());
					}
				}
				List<YearTotal> lines = new ArrayList<>();
				int admissions = 0;
				for (Map.Entry<String, BigDecimal> t : totals.entrySet()) {
					String key = t.getKey();
					int dot = key.indexOf('.');
					if (dot < 0) {
						admissions = "admissions".equals(key) ? t.getValue().intValue() : admissions;
						continue;
					}
					String kind = key.substring(0, dot);
					String name = key.substring(dot + 1);
					if (kind.equals("pool")) {
						lines.add(new YearTotal(kind, name, t.getValue(), caps.remove(name)));
					}
					else if (kind.equals("dedc") || kind.equals("paid")) {
						lines.add(new YearTotal(kind, name, t.getValue(), null));
					}
				}
				caps.forEach(
						(name, amount) -> lines.add(new YearTotal("pool", name, BigDecimal.ZERO.setScale(2), amount)));
				lines.sort(java.util.Comparator.comparing(YearTotal::kind).thenComparing(YearTotal::name));
				result.add(new YearTotals(p.person().psnNo(), e.insutype(), year, policy == null ? null : policy.code(),
						admissions, lines));
			}
		}
		return result;
	}

	private PolicyVersion policyOrNull(String region, String insutype, LocalDate on) {
		try {
			return policies.inForce(region, insutype, on);
		}
		catch (BusinessException | IllegalArgumentException e) {
			return null;
		}
	}

}
