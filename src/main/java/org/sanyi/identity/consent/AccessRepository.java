package org.sanyi.identity.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents and the residents' own access log. */
@Repository
public class AccessRepository {

	private final JdbcClient jdbc;

	AccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ConsentRow(long id, String residentId, String granteeKind, String granteeCode, String effect,
			LocalDate validUntil, OffsetDateTime createdAt, OffsetDateTime withdrawnAt) {

		boolean activeOn(LocalDate day) {
			return withdrawnAt == null && (validUntil == null || !validUntil.isBefore(day));
		}

	}

	public List<ConsentRow> consents(String residentId) {
		return jdbc.sql("""
				select id, resident_id, grantee_kind, grantee_code, effect, valid_until, created_at, withdrawn_at
				from idn_consent where resident_id = :r order by withdrawn_at nulls first, id desc""")
			.param("r", residentId)
			.query(ConsentRow.class)
			.list();
	}

	public long addConsent(String residentId, String kind, String code, String effect, LocalDate validUntil) {
		return jdbc.sql("""
				insert into idn_consent (resident_id, grantee_kind, grantee_code, effect, valid_until)
				values (:r, :k, :c, :e, :v) returning id""")
			.param("r", residentId)
			.param("k", kind)
			.param("c", code)
			.param("e", effect)
			.param("v", validUntil)
			.query(Long.class)
			.single();
	}

	public int withdraw(long id, String residentId) {
		return jdbc
			.sql("""
					update idn_consent set withdrawn_at = now() where id = :id and resident_id = :r and withdrawn_at is null""")
			.param("id", id)
			.param("r", residentId)
			.update();
	}

	boolean registeredAt(String residentId, String institutionCode) {
		return jdbc
			.sql("select exists (select 1 from idn_source_record where resident_id = :r and institution_code = :i)")
			.param("r", residentId)
			.param("i", institutionCode)
			.query(Boolean.class)
			.single();
	}

	boolean registeredInRegion(String residentId, String prefix) {
		return jdbc
			.sql("""
					select exists (select 1 from idn_source_record where resident_id = :r and region_code like :p || '%')""")
			.param("r", residentId)
			.param("p", prefix)
			.query(Boolean.class)
			.single();
	}

	void logAccess(String residentId, String username, String displayName, String institutionCode, String regionCode,
			String basis, String reason) {
		jdbc.sql(
				"""
						insert into idn_access (resident_id, username, display_name, institution_code, region_code, basis, reason)
						values (:r, :u, :d, :i, :region, :b, :reason)""")
			.param("r", residentId)
			.param("u", username)
			.param("d", displayName)
			.param("i", institutionCode)
			.param("region", regionCode)
			.param("b", basis)
			.param("reason", reason)
			.update();
	}

	/**
	 * One read of the resident's data; for an emergency read, whether it was reviewed and
	 * the judgement ({@code JUSTIFIED} / {@code UNJUSTIFIED}).
	 */
	public record AccessRow(OffsetDateTime at, String username, String displayName, String institutionCode,
			String basis, String reason, boolean reviewed, String reviewOutcome, OffsetDateTime reviewedAt) {
	}

	public List<AccessRow> accessLog(String residentId, int limit) {
		return jdbc
			.sql("""
					select at, username, display_name, institution_code, basis, reason, reviewed, review_outcome, reviewed_at
					from idn_access where resident_id = :r order by id desc limit :l""")
			.param("r", residentId)
			.param("l", limit)
			.query(AccessRow.class)
			.list();
	}

}
