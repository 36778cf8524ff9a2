package org.sanyi.pharma.rational;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prescription review tables ({@code ph_rx_limit}, {@code ph_rx_drug_rule},
 * {@code ph_rx_interaction}, {@code ph_rx_contraindication}): the rows of a lineage of
 * regions, least specific first (so that the last row of a key is the one in force), and
 * a region's own rows of one table replaced by an import.
 */
@Repository
public class ReviewRuleRows {

	private final JdbcClient jdbc;

	ReviewRuleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Days a prescription type may supply without and with a reason, and the most drugs.
	 */
	public record LimitRow(String regionCode, String rxTypeCode, int plainDays, int reasonDays, int maxDrugs,
			String importedBy, OffsetDateTime importedAt) {
	}

	/** A drug's dose and frequency range, antimicrobial tier and DDD. */
	public record DrugRow(String regionCode, String drugKey, String name, BigDecimal minSingleDose,
			BigDecimal maxSingleDose, String doseUnit, String frequencies, int antimicrobialTier, BigDecimal ddd,
			String importedBy, OffsetDateTime importedAt) {
	}

	/** A curated interaction pair. */
	public record InteractionRow(String regionCode, String drugA, String drugB, String severity, boolean blocking,
			String advice, String importedBy, OffsetDateTime importedAt) {
	}

	/** A contraindication by age, sex or pregnancy. */
	public record ContraindicationRow(String regionCode, String drugKey, String kind, String value, boolean blocking,
			String advice, String importedBy, OffsetDateTime importedAt) {
	}

	List<LimitRow> limits(List<String> regions) {
		return jdbc.sql("""
				select region_code, rx_type_code, plain_days, reason_days, max_drugs, imported_by, imported_at
				from ph_rx_limit where region_code = any(:r)
				order by length(rtrim(region_code, '0')), rx_type_code""")
			.param("r", regions.toArray(String[]::new))
			.query(LimitRow.class)
			.list();
	}

	List<DrugRow> drugs(List<String> regions) {
		return jdbc.sql("""
				select region_code, drug_key, name, min_single_dose, max_single_dose, dose_unit, frequencies,
				       antimicrobial_tier, ddd, imported_by, imported_at
				from ph_rx_drug_rule where region_code = any(:r)
				order by length(rtrim(region_code, '0')), drug_key""")
			.param("r", regions.toArray(String[]::new))
			.query(DrugRow.class)
			.list();
	}

	List<InteractionRow> interactions(List<String> regions) {
		return jdbc.sql("""
				select region_code, drug_a, drug_b, severity, blocking, advice, imported_by, imported_at
				from ph_rx_interaction where region_code = any(:r)
				order by length(rtrim(region_code, '0')), drug_a, drug_b""")
			.param("r", regions.toArray(String[]::new))
			.query(InteractionRow.class)
			.list();
	}

	List<ContraindicationRow> contraindications(List<String> regions) {
		return jdbc.sql("""
				select region_code, drug_key, kind, value, blocking, advice, imported_by, imported_at
				from ph_rx_contraindication where region_code = any(:r)
				order by length(rtrim(region_code, '0')), drug_key, kind""")
			.param("r", regions.toArray(String[]::new))
			.query(ContraindicationRow.class)
			.list();
	}

	/**
	 * The region's own rows of the table become {@code rows}; how many were there before.
	 */
	int replaceLimits(String region, List<LimitRow> rows, String by) {
		int before = delete("ph_rx_limit", region);
		for (LimitRow r : rows) {
			jdbc.sql("""
					insert into ph_rx_limit (region_code, rx_type_code, plain_days, reason_days, max_drugs, imported_by,
					    imported_at)
					values (:region, :type, :plain, :reason, :max, :by, now())""")
				.param("region", region)
				.param("type", r.rxTypeCode())
				.param("plain", r.plainDays())
				.param("reason", r.reasonDays())
				.param("max", r.maxDrugs())
				.param("by", by)
				.update();
		}
		return before;
	}

	int replaceDrugs(String region, List<DrugRow> rows, String by) {
		int before = delete("ph_rx_drug_rule", region);
		for (DrugRow r : rows) {
			jdbc.sql(
					"""
							insert into ph_rx_drug_rule (region_code, drug_key, name, min_single_dose, max_single_dose, dose_unit,
							    frequencies, antimicrobial_tier, ddd, imported_by, imported_at)
							values (:region, :key, :name, :min, :max, :unit, :frequencies, :tier, :ddd, :by, now())""")
				.param("region", region)
				.param("key", r.drugKey())
				.param("name", r.name())
				.param("min", r.minSingleDose())
				.param("max", r.maxSingleDose())
				.param("unit", r.doseUnit())
				.param("frequencies", r.frequencies())
				.param("tier", r.antimicrobialTier())
				.param("ddd", r.ddd())
				.param("by", by)
				.update();
		}
		return before;
	}

	int replaceInteractions(String region, List<InteractionRow> rows, String by) {
		int before = delete("ph_rx_interaction", region);
		for (InteractionRow r : rows) {
			jdbc.sql("""
					insert into ph_rx_interaction (region_code, drug_a, drug_b, severity, blocking, advice, imported_by,
					    imported_at)
					values (:region, :a, :b, :severity, :blocking, :advice, :by, now())""")
				.param("region", region)
				.param("a", r.drugA())
				.param("b", r.drugB())
				.param("severity", r.severity())
				.param("blocking", r.blocking())
				.param("advice", r.advice())
				.param("by", by)
				.update();
		}
		return before;
	}

	int replaceContraindications(String region, List<ContraindicationRow> rows, String by) {
		int before = delete("ph_rx_contraindication", region);
		for (ContraindicationRow r : rows) {
			jdbc.sql("""
					insert into ph_rx_contraindication (region_code, drug_key, kind, value, blocking, advice,
					    imported_by, imported_at)
					values (:region, :key, :kind, :value, :blocking, :advice, :by, now())""")
				.param("region", region)
				.param("key", r.drugKey())
				.param("kind", r.kind())
				.param("value", r.value())
				.param("blocking", r.blocking())
				.param("advice", r.advice())
				.param("by", by)
				.update();
		}
		return before;
	}

	private int delete(String table, String region) {
		// the table is one of the four above, never user input
		return jdbc.sql("delete from " + table + " where region_code = :region").param("region", region).update();
	}

}
