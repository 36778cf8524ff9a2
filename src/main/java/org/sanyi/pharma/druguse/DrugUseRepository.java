package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What settlements contributed ({@code ph_settled_drug_use}) and the history months
 * reported.
 */
@Repository
class DrugUseRepository {

	private final JdbcClient jdbc;

	DrugUseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Counted(String setlId, String institutionCode, LocalDate day, int discharges, int patientDays,
			int antibiotic, BigDecimal ddds, int unmeasured, String reversedBy) {
	}

	/** Claims the settlement; false when it was counted before (a republished event). */
	boolean insert(Counted c) {
		return jdbc.sql("""
				insert into ph_settled_drug_use (setl_id, institution_code, day, discharges, patient_days, antibiotic,
				    ddds, unmeasured) values (:setl, :inst, :day, :dis, :days, :ab, :ddds, :un)
				on conflict (setl_id) do nothing""")
			.param("setl", c.setlId())
			.param("inst", c.institutionCode())
			.param("day", c.day())
			.param("dis", c.discharges())
			.param("days", c.patientDays())
			.param("ab", c.antibiotic())
			.param("ddds", c.ddds())
			.param("un", c.unmeasured())
			.update() == 1;
	}

	/** Marks a counted settlement reversed, once; what it counted, or empty. */
	Optional<Counted> reverse(String setlId, String reversalId) {
		return jdbc.sql("""
				update ph_settled_drug_use set reversed_by = :rev where setl_id = :setl and reversed_by is null
				returning setl_id, institution_code, day, discharges, patient_days, antibiotic, ddds, unmeasured,
				    reversed_by""").param("setl", setlId).param("rev", reversalId).query(Counted.class).optional();
	}

	/** Which of these settlements were counted live. */
	java.util.Set<String> countedOf(java.util.Collection<String> setlIds) {
		if (setlIds.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("select setl_id from ph_settled_drug_use where setl_id = any(:ids)")
			.param("ids", setlIds.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	boolean historyReported(String regionPrefix, LocalDate month) {
		return jdbc.sql("select count(*) from ph_drug_use_history where region_prefix = :r and month = :m")
			.param("r", regionPrefix)
			.param("m", month)
			.query(Long.class)
			.single() > 0;
	}

	boolean claimHistory(String regionPrefix, LocalDate month, int visits) {
		return jdbc.sql("""
				insert into ph_drug_use_history (region_prefix, month, visits) values (:r, :m, :v)
				on conflict do nothing""").param("r", regionPrefix).param("m", month).param("v", visits).update() == 1;
	}

}
