package org.sanyi.clinical.recognition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The item catalogue, quality assessments, the index of reusable results and the lookups
 * with their decisions.
 */
@Repository
public class RecognitionRepository {

	private final JdbcClient jdbc;

	RecognitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ItemRow(String code, String name, String kind, String loinc, String modality, String bodySite,
			int windowDays, String scopeKind, String scopeCode, int minLevel, String serviceCode) {
	}

	public record ResultRow(String reference, String itemCode, String residentId, String institutionCode,
			OffsetDateTime at, String display, BigDecimal value, String unit, String text) {
	}

	public record AssessmentRow(String institutionCode, String kind, boolean passed, LocalDate assessedOn,
			LocalDate validUntil, String scheme) {
	}

	public record LookupRow(long id, String residentId, String itemCode, String orderingInstitution, String orderedBy,
			String orderRef, int offered, String decision, String resultReference, String reason, BigDecimal saved,
			OffsetDateTime lookedUpAt) {
	}

	/** Lookups of an institution summed by outcome and reason. */
	public record Tally(String decision, String reason, long count, BigDecimal saved) {
	}

	public List<ItemRow> items() {
		return jdbc.sql("""
				select code, name, kind, loinc, modality, body_site, window_days, scope_kind, scope_code, min_level,
				       service_code from crr_item order by kind, code""").query(ItemRow.class).list();
	}

	void addResult(ResultRow r) {
		jdbc.sql(
				"""
						insert into crr_result (reference, item_code, resident_id, institution_code, at, display, value, unit, text)
						values (:ref, :item, :r, :i, :at, :d, :v, :u, :t)
						on conflict (reference, item_code) do update set at = excluded.at, value = excluded.value,
						    unit = excluded.unit, text = excluded.text, display = excluded.display""")
			.param("ref", r.reference())
			.param("item", r.itemCode())
			.param("r", r.residentId())
			.param("i", r.institutionCode())
			.param("at", r.at())
			.param("d", r.display())
			.param("v", r.value())
			.param("u", r.unit())
			.param("t", r.text())
			.update();
	}

	/** A resident's results of an item, newest first. */
	/** A resident's latest 20 results of an item since a moment (the item's window). */
	List<ResultRow> results(String residentId, String itemCode, OffsetDateTime since) {
		return jdbc
			.sql("""
					select reference, item_code, resident_id, institution_code, at, display, value, unit, text from crr_result
					where resident_id = :r and item_code = :i and at >= :since order by at desc limit 20""")
			.param("r", residentId)
			.param("i", itemCode)
			.param("since", since)
			.query(ResultRow.class)
			.list();
	}

	List<AssessmentRow> assessments(List<String> institutions) {
		if (institutions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select institution_code, kind, passed, assessed_on, valid_until, scheme from crr_assessment
				where institution_code = any(cast(:i as text[]))""")
			.param("i", institutions.toArray(String[]::new))
			.query(AssessmentRow.class)
			.list();
	}

	public void addAssessment(AssessmentRow a) {
		jdbc.sql("""
				insert into crr_assessment (institution_code, kind, passed, assessed_on, valid_until, scheme)
				values (:i, :k, :p, :a, :v, :s) on conflict (institution_code, kind, assessed_on) do nothing""")
			.param("i", a.institutionCode())
			.param("k", a.kind())
			.param("p", a.passed())
			.param("a", a.assessedOn())
			.param("v", a.validUntil())
			.param("s", a.scheme())
			.update();
	}

	public boolean anyAssessment() {
		return jdbc.sql("select exists (select 1 from crr_assessment)").query(Boolean.class).single();
	}

	long newLookup(String residentId, String itemCode, String institution, String user, String orderRef, int offered) {
		return jdbc.sql("""
				insert into crr_lookup (resident_id, item_code, ordering_institution, ordered_by, order_ref, offered)
				values (:r, :i, :inst, :u, :o, :n) returning id""")
			.param("r", residentId)
			.param("i", itemCode)
			.param("inst", institution)
			.param("u", user)
			.param("o", orderRef)
			.param("n", offered)
			.query(Long.class)
			.single();
	}

	Optional<LookupRow> lookup(long id, String institution) {
		return jdbc.sql("""
				select id, resident_id, item_code, ordering_institution, ordered_by, order_ref, offered, decision,
				       result_reference, reason, saved, looked_up_at
				from crr_lookup where id = :id and ordering_institution = :i""")
			.param("id", id)
			.param("i", institution)
			.query(LookupRow.class)
			.optional();
	}

	/** Records the decision unless one was recorded already; false when it was. */
	boolean decide(long id, String decision, String resultReference, String reason, BigDecimal saved) {
		return jdbc.sql("""
				update crr_lookup set decision = :d, result_reference = :ref, reason = :reason, saved = :s,
				    decided_at = now() where id = :id and decision is null""")
			.param("d", decision)
			.param("ref", resultReference)
			.param("reason", reason)
			.param("s", saved)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Lookups of an institution that offered a result, by outcome and reason, since a
	 * day.
	 */
	public List<Tally> tallies(String institution, LocalDate from) {
		return jdbc
			.sql("""
					select coalesce(decision, 'PENDING') as decision, reason, count(*) as count, cast(coalesce(sum(saved), 0) as numeric(18,2)) as saved
					from crr_lookup where offered > 0 and ordering_institution = :p
					  and looked_up_at >= cast(:from as date)
					group by 1, 2 order by 1, 2""")
			.param("p", institution)
			.param("from", from)
			.query(Tally.class)
			.list();
	}

}
