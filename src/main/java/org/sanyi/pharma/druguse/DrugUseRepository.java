package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.pharma.procurement.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What settlements contributed ({@code ph_settled_drug_use}), the outpatient visits with
 * a systemic antibacterial per institution and day ({@code ph_visit_antibacterial}) and
 * the history months reported.
 */
@Repository
class DrugUseRepository {

	/** An inpatient settlement ({@code kind}). */
	static final String INPATIENT = "I";

	/** An outpatient visit. */
	static final String OUTPATIENT = "O";

	/** An emergency visit (med_type 13). */
	static final String EMERGENCY = "E";

	private final JdbcClient jdbc;

	DrugUseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a settlement counted: for an outpatient or emergency visit ({@code kind} O or
	 * E) only {@code antibiotic}, which then says whether it had a systemic
	 * antibacterial.
	 */
	record Counted(String setlId, String institutionCode, LocalDate day, int discharges, int patientDays,
			int antibiotic, BigDecimal ddds, int unmeasured, String reversedBy, String kind) {

		/** An outpatient or emergency visit. */
		static Counted visit(String setlId, String institutionCode, LocalDate day, boolean emergency,
				boolean antibacterial) {
			return new Counted(setlId, institutionCode, day, 0, 0, antibacterial ? 1 : 0, BigDecimal.ZERO, 0, null,
					emergency ? EMERGENCY : OUTPATIENT);
		}

	}

	/** Claims the settlement; false when it was counted before (a republished event). */
	boolean insert(Counted c) {
		return jdbc.sql("""
				insert into ph_settled_drug_use (setl_id, institution_code, day, discharges, patient_days, antibiotic,
				    ddds, unmeasured, kind) values (:setl, :inst, :day, :dis, :days, :ab, :ddds, :un, :kind)
				on conflict (setl_id) do nothing""")
			.param("setl", c.setlId())
			.param("inst", c.institutionCode())
			.param("day", c.day())
			.param("dis", c.discharges())
			.param("days", c.patientDays())
			.param("ab", c.antibiotic())
			.param("ddds", c.ddds())
			.param("un", c.unmeasured())
			.param("kind", c.kind())
			.update() == 1;
	}

	/** Marks a counted settlement reversed, once; what it counted, or empty. */
	Optional<Counted> reverse(String setlId, String reversalId) {
		return jdbc.sql("""
				update ph_settled_drug_use set reversed_by = :rev where setl_id = :setl and reversed_by is null
				returning setl_id, institution_code, day, discharges, patient_days, antibiotic, ddds, unmeasured,
				    reversed_by, kind""")
			.param("setl", setlId)
			.param("rev", reversalId)
			.query(Counted.class)
			.optional();
	}

	/** Which of these settlements were counted live. */
	Set<String> countedOf(Collection<String> setlIds) {
		if (setlIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select setl_id from ph_settled_drug_use where setl_id = any(:ids)")
			.param("ids", setlIds.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/**
	 * Adds visits (negative: takes them back) to an institution's day; one row per
	 * institution, day and kind.
	 */
	void addVisits(String institution, String region, LocalDate day, boolean emergency, int visits, int antibacterial) {
		if (visits < 0) {
			// a reversal: the row exists (an insert's proposed row is checked before the
			// conflict, and a negative one would fail)
			jdbc.sql("""
					update ph_visit_antibacterial set visits = visits + :v, antibacterial = antibacterial + :a
					where institution_code = :i and day = :d and emergency = :e""")
				.param("i", institution)
				.param("d", day)
				.param("e", emergency)
				.param("v", visits)
				.param("a", antibacterial)
				.update();
			return;
		}
		jdbc.sql("""
				insert into ph_visit_antibacterial (institution_code, institution_region, day, emergency, visits,
				    antibacterial) values (:i, :r, :d, :e, :v, :a)
				on conflict (institution_code, day, emergency) do update
				set visits = ph_visit_antibacterial.visits + excluded.visits,
				    antibacterial = ph_visit_antibacterial.antibacterial + excluded.antibacterial""")
			.param("i", institution)
			.param("r", region)
			.param("d", day)
			.param("e", emergency)
			.param("v", visits)
			.param("a", antibacterial)
			.update();
	}

	/** A month of the scope's visits: outpatient and emergency, with an antibacterial. */
	record VisitMonth(LocalDate month, long outpatient, long outpatientAntibacterial, long emergency,
			long emergencyAntibacterial) {
	}

	/** The scope's latest months with settled visits, newest first. */
	List<VisitMonth> visitMonths(ScopeFilter scope, int months) {
		return jdbc.sql("""
				select date_trunc('month', v.day)::date as month,
				    coalesce(sum(v.visits) filter (where not v.emergency), 0) as outpatient,
				    coalesce(sum(v.antibacterial) filter (where not v.emergency), 0) as outpatient_antibacterial,
				    coalesce(sum(v.visits) filter (where v.emergency), 0) as emergency,
				    coalesce(sum(v.antibacterial) filter (where v.emergency), 0) as emergency_antibacterial
				from ph_visit_antibacterial v
				where """ + ScopeFilter.condition("v") + """
				group by 1 order by 1 desc limit :n""")
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.param("n", months)
			.query(VisitMonth.class)
			.list();
	}

	/** Whether the month was reported: empty when not, else whether its visits were. */
	Optional<Boolean> historyReported(String regionPrefix, LocalDate month) {
		return jdbc.sql("select visits_reported from ph_drug_use_history where region_prefix = :r and month = :m")
			.param("r", regionPrefix)
			.param("m", month)
			.query(Boolean.class)
			.optional();
	}

	boolean claimHistory(String regionPrefix, LocalDate month, int visits) {
		return jdbc
			.sql("""
					insert into ph_drug_use_history (region_prefix, month, visits, visits_reported) values (:r, :m, :v, true)
					on conflict do nothing""")
			.param("r", regionPrefix)
			.param("m", month)
			.param("v", visits)
			.update() == 1;
	}

	/**
	 * Claims the visits of a month reported before they were (pharma V36); false when
	 * they were.
	 */
	boolean claimHistoryVisits(String regionPrefix, LocalDate month) {
		return jdbc.sql("""
				update ph_drug_use_history set visits_reported = true
				where region_prefix = :r and month = :m and not visits_reported""")
			.param("r", regionPrefix)
			.param("m", month)
			.update() == 1;
	}

}
