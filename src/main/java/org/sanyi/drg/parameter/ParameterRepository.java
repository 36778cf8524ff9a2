package org.sanyi.drg.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.ReviewedVersion;
import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code drg_param_version} and {@code drg_weight}, and the base-period cases
 * weights are computed from.
 */
@Repository
public class ParameterRepository extends VersionTable<ParameterRepository.VersionRow, String> {

	private static final String COLUMNS = """
			id, code, region_code, effective_from, effective_to, status, based_on, method, budget, expected_rw,
			base_rate, point_value, high_factor, high_ratio, low_factor, base_from, base_to, trim_method, trim_factor,
			min_cases, overall_mean_cost, summary, proposed_by, proposed_at, reviewed_by, reviewed_at, review_note""";

	ParameterRepository(JdbcClient jdbc) {
		super(jdbc, "drg_param_version", COLUMNS, new SimplePropertyRowMapper<>(VersionRow.class));
	}

	/** A parameter version. */
	public record VersionRow(long id, String code, String regionCode, LocalDate effectiveFrom, LocalDate effectiveTo,
			ReviewStatus status, Long basedOn, String method, BigDecimal budget, BigDecimal expectedRw,
			BigDecimal baseRate, BigDecimal pointValue, BigDecimal highFactor, BigDecimal highRatio,
			BigDecimal lowFactor, LocalDate baseFrom, LocalDate baseTo, String trimMethod, BigDecimal trimFactor,
			int minCases, BigDecimal overallMeanCost, String summary, String proposedBy, OffsetDateTime proposedAt,
			String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) implements ReviewedVersion {
	}

	/** A group's weight in a version. */
	public record WeightRow(String drg, String drgName, BigDecimal rw, int cases, int keptCases, BigDecimal meanCost,
			BigDecimal meanLos, String source, boolean flagged) {
	}

	/** A base-period case: group, name, cost, length of stay. */
	record BaseCase(String drg, String drgName, BigDecimal cost, int los) {
	}

	long insert(VersionRow v) {
		return jdbc
			.sql("""
					insert into drg_param_version (code, region_code, effective_from, effective_to, status, based_on, method,
					    budget, expected_rw, base_rate, point_value, high_factor, high_ratio, low_factor, base_from, base_to,
					    trim_method, trim_factor, min_cases, overall_mean_cost, summary, proposed_by)
					values (:code, :region, :from, :to, :status, :basedOn, :method, :budget, :expectedRw, :baseRate,
					    :pointValue, :highFactor, :highRatio, :lowFactor, :baseFrom, :baseTo, :trim, :trimFactor, :minCases,
					    :overall, :summary, :by) returning id""")
			.param("code", v.code())
			.param("region", v.regionCode())
			.param("from", v.effectiveFrom())
			.param("to", v.effectiveTo())
			.param("status", v.status().name())
			.param("basedOn", v.basedOn())
			.param("method", v.method())
			.param("budget", v.budget())
			.param("expectedRw", v.expectedRw())
			.param("baseRate", v.baseRate())
			.param("pointValue", v.pointValue())
			.param("highFactor", v.highFactor())
			.param("highRatio", v.highRatio())
			.param("lowFactor", v.lowFactor())
			.param("baseFrom", v.baseFrom())
			.param("baseTo", v.baseTo())
			.param("trim", v.trimMethod())
			.param("trimFactor", v.trimFactor())
			.param("minCases", v.minCases())
			.param("overall", v.overallMeanCost())
			.param("summary", v.summary())
			.param("by", v.proposedBy())
			.query(Long.class)
			.single();
	}

	void insertWeight(long versionId, WeightRow w) {
		jdbc.sql("""
				insert into drg_weight (version_id, drg, drg_name, rw, cases, kept_cases, mean_cost, mean_los, source,
				    flagged)
				values (:v, :drg, :name, :rw, :cases, :kept, :cost, :los, :source, :flagged)""")
			.param("v", versionId)
			.param("drg", w.drg())
			.param("name", w.drgName())
			.param("rw", w.rw())
			.param("cases", w.cases())
			.param("kept", w.keptCases())
			.param("cost", w.meanCost())
			.param("los", w.meanLos())
			.param("source", w.source())
			.param("flagged", w.flagged())
			.update();
	}

	boolean codeExists(String code) {
		return jdbc.sql("select count(*) from drg_param_version where code = :c")
			.param("c", code)
			.query(Long.class)
			.single() > 0;
	}

	/** A region's versions replace one another. */
	@Override
	public String keyOf(VersionRow version) {
		return version.regionCode();
	}

	/**
	 * The approved and pending versions of one region, locked (a review changes them).
	 */
	@Override
	public List<VersionRow> lockOpen(String region) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from drg_param_version where region_code = :r and status in ('APPROVED', 'PENDING')
				order by effective_from, id for update""").param("r", region).query(VersionRow.class).list();
	}

	/**
	 * Approved version in force on the date for the first region of {@code regions} that
	 * has one.
	 */
	Optional<VersionRow> inForce(List<String> regions, LocalDate on) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from drg_param_version where status = 'APPROVED' and region_code in (:regions)
				and effective_from <= :on and (effective_to is null or effective_to >= :on)
				order by length(rtrim(region_code, '0')) desc, effective_from desc limit 1""")
			.param("regions", regions)
			.param("on", on)
			.query(VersionRow.class)
			.optional();
	}

	/**
	 * Approved versions of the regions, most specific region first, then the latest start
	 * first.
	 */
	List<VersionRow> approvedIn(List<String> regions) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from drg_param_version where status = 'APPROVED' and region_code in (:regions)
				order by length(rtrim(region_code, '0')) desc, effective_from desc""")
			.param("regions", regions)
			.query(VersionRow.class)
			.list();
	}

	List<VersionRow> list(String regionPrefix, String ownRegion) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from drg_param_version
				where region_code like :p || '%' or (:own <> '' and :own like rtrim(region_code, '0') || '%')
				order by region_code, effective_from desc, id desc""")
			.param("p", regionPrefix)
			.param("own", ownRegion)
			.query(VersionRow.class)
			.list();
	}

	List<WeightRow> weights(long versionId) {
		return jdbc.sql("""
				select drg, drg_name, rw, cases, kept_cases, mean_cost, mean_los, source, flagged from drg_weight
				where version_id = :v order by rw desc nulls last, drg""")
			.param("v", versionId)
			.query(WeightRow.class)
			.list();
	}

	/**
	 * Grouped, current, unreversed cases whose treatment region lies under the prefix,
	 * discharged in the period.
	 */
	List<BaseCase> baseCases(String regionPrefix, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select l.drg, l.drg_name, s.medfee_sumamt as cost, l.act_ipt_days as los
				from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id
				where l.current_version and not s.reversed and l.status = 'SUCCESS'
				  and l.scheme_region like :p || '%' and l.dscg_time >= :from and l.dscg_time < :to
				order by l.id""")
			.param("p", regionPrefix)
			.param("from", from.atStartOfDay())
			.param("to", to.plusDays(1).atStartOfDay())
			.query(BaseCase.class)
			.list();
	}

}
