package org.sanyi.supervision.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionTable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code sup_version}, {@code sup_rule} and {@code sup_kb_entry}. */
@Repository
class RuleRepository extends VersionTable<VersionRow, VersionRow.Key> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, code, kind, region_code, effective_from, effective_to, status, based_on, summary, proposed_by,
			proposed_at, reviewed_by, reviewed_at, review_note""";

	RuleRepository(JdbcClient jdbc) {
		super(jdbc, "sup_version", COLUMNS, new SimplePropertyRowMapper<>(VersionRow.class));
	}

	long insert(String code, String kind, String region, LocalDate from, ReviewStatus status, Long basedOn,
			String summary, String by) {
		return jdbc
			.sql("""
					insert into sup_version (code, kind, region_code, effective_from, status, based_on, summary, proposed_by)
					values (:code, :kind, :region, :from, :status, :basedOn, :summary, :by) returning id""")
			.param("code", code)
			.param("kind", kind)
			.param("region", region)
			.param("from", from)
			.param("status", status.name())
			.param("basedOn", basedOn)
			.param("summary", summary)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void insertRules(long versionId, List<RuleRow> rules) {
		for (RuleRow r : rules) {
			jdbc.sql("""
					insert into sup_rule (version_id, rule_id, name, kind, category, result_type, time_window, levels,
					    scenes, stages, severity, blocking, enabled, parameters, schemes, logic, types)
					values (:v, :id, :name, :kind, :category, :result, :window, :levels, :scenes, :stages, :severity,
					    :blocking, :enabled, cast(:params as jsonb), :schemes, :logic, :types)""")
				.param("schemes", r.schemes())
				.param("types", r.types())
				.param("logic", r.logic())
				.param("v", versionId)
				.param("id", r.ruleId())
				.param("name", r.name())
				.param("kind", r.kind())
				.param("category", r.category())
				.param("result", r.resultType())
				.param("window", r.timeWindow())
				.param("levels", r.levels())
				.param("scenes", r.scenes())
				.param("stages", r.stages())
				.param("severity", r.severity())
				.param("blocking", r.blocking())
				.param("enabled", r.enabled())
				.param("params", JSON.writeValueAsString(r.parameters()))
				.update();
		}
	}

	void insertKnowledge(long versionId, List<KnowledgeEntry> entries) {
		for (KnowledgeEntry e : entries) {
			jdbc.sql("""
					insert into sup_kb_entry (version_id, line_no, entry_type, code, sex, min_age, max_age, child_only,
					    min_level, scenes, indications, requires, max_days, max_per_day, course_days, price_cap, other,
					    keyword, price, departments, max_amount)
					values (:v, :line, :type, :code, :sex, :minAge, :maxAge, :child, :minLevel, :scenes, :indications,
					    :requires, :maxDays, :maxPerDay, :course, :cap, :other, :keyword, :price, :departments,
					    :maxAmount)""")
				.param("departments", e.departments())
				.param("maxAmount", e.maxAmount())
				.param("v", versionId)
				.param("line", e.lineNo())
				.param("type", e.entryType())
				.param("code", e.code())
				.param("sex", e.sex())
				.param("minAge", e.minAge())
				.param("maxAge", e.maxAge())
				.param("child", e.childOnly())
				.param("minLevel", e.minLevel())
				.param("scenes", e.scenes())
				.param("indications", e.indications())
				.param("requires", e.requires())
				.param("maxDays", e.maxDays())
				.param("maxPerDay", e.maxPerDay())
				.param("course", e.courseDays())
				.param("cap", e.priceCap())
				.param("other", e.other())
				.param("keyword", e.keyword())
				.param("price", e.price())
				.update();
		}
	}

	List<RuleRow> rules(long versionId) {
		return jdbc.sql("""
				select rule_id, name, kind, category, result_type, time_window, levels, scenes, stages, severity,
				       blocking, enabled, parameters::text as parameters, schemes, logic, types
				from sup_rule where version_id = :v order by rule_id""")
			.param("v", versionId)
			.query((rs, n) -> new RuleRow(rs.getString("rule_id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("category"), rs.getString("result_type"), rs.getString("time_window"),
					rs.getString("levels"), rs.getString("scenes"), rs.getString("stages"), rs.getString("severity"),
					rs.getBoolean("blocking"), rs.getBoolean("enabled"), parameters(rs.getString("parameters")),
					rs.getString("schemes"), rs.getString("logic"), rs.getString("types")))
			.list();
	}

	List<KnowledgeEntry> knowledge(long versionId) {
		return jdbc.sql("""
				select line_no, entry_type, code, sex, min_age, max_age, child_only, min_level, scenes, indications,
				       requires, max_days, max_per_day, course_days, price_cap, other, keyword, price, departments,
				       max_amount
				from sup_kb_entry where version_id = :v order by line_no""")
			.param("v", versionId)
			.query(KnowledgeEntry.class)
			.list();
	}

	int knowledgeCount(long versionId) {
		return jdbc.sql("select count(*) from sup_kb_entry where version_id = :v")
			.param("v", versionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Versions of regions under a prefix and of the regions above it ({@code ancestors}),
	 * newest first.
	 */
	List<VersionRow> list(String prefix, List<String> ancestors) {
		return jdbc
			.sql("select " + COLUMNS + " from sup_version where region_code like :p || '%' "
					+ "or region_code in (:a) order by kind, region_code, effective_from desc, id desc")
			.param("p", prefix)
			.param("a", ancestors.isEmpty() ? List.of("-") : ancestors)
			.query(VersionRow.class)
			.list();
	}

	/**
	 * The approved version of a kind in force on a day for the most specific of
	 * {@code regions}.
	 */
	Optional<VersionRow> inForce(String kind, List<String> regions, LocalDate on) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from sup_version where kind = :k and status = 'APPROVED' and region_code in (:regions)
				and effective_from <= :on and (effective_to is null or effective_to >= :on)
				order by length(rtrim(region_code, '0')) desc, effective_from desc limit 1""")
			.param("k", kind)
			.param("regions", regions)
			.param("on", on)
			.query(VersionRow.class)
			.optional();
	}

	/** Regions with an approved rules version in force on a day. */
	List<String> regionsWithRules(LocalDate on) {
		return jdbc.sql("""
				select distinct region_code from sup_version where kind = 'RULES' and status = 'APPROVED'
				and effective_from <= :on and (effective_to is null or effective_to >= :on) order by region_code""")
			.param("on", on)
			.query(String.class)
			.list();
	}

	/**
	 * Regions with an approved rules version not yet ended that has an enabled blocking
	 * rule.
	 */
	List<String> blockingRegions() {
		return jdbc
			.sql("""
					select distinct v.region_code from sup_version v join sup_rule r on r.version_id = v.id
					where v.kind = 'RULES' and v.status = 'APPROVED' and (v.effective_to is null or v.effective_to >= current_date)
					  and r.blocking and r.enabled and r.result_type = 'DEFINITE'""")
			.query(String.class)
			.list();
	}

	boolean codeExists(String code) {
		return jdbc.sql("select exists (select 1 from sup_version where code = :c)")
			.param("c", code)
			.query(Boolean.class)
			.single();
	}

	@Override
	public VersionRow.Key keyOf(VersionRow version) {
		return new VersionRow.Key(version.kind(), version.regionCode());
	}

	@Override
	public List<VersionRow> lockOpen(VersionRow.Key key) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from sup_version where kind = :k and region_code = :r and status in ('APPROVED', 'PENDING')
				order by effective_from, id for update""")
			.param("k", key.kind())
			.param("r", key.regionCode())
			.query(VersionRow.class)
			.list();
	}

	private static Map<String, String> parameters(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

}
