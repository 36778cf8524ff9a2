package org.sanyi.clinical.online.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.online.engine.RenewalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Renewal requests and the prescribers' cloud-signature keys. */
@Repository
class RenewalRepository {

	private static final String SELECT = """
			select id, ref, resident_id, institution_code, institution_name, original_rxno, diagnosis_code,
			       diagnosis_name, drugs, note, status, requested_at, decided_by, decided_at, refuse_reason, new_rxno,
			       epc_token, valid_end
			  from ol_renewal""";

	private final JdbcClient jdbc;

	RenewalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a request; false when one for the same prescription is already waiting. */
	Optional<Long> insert(Renewal r) {
		return jdbc.sql("""
				insert into ol_renewal (ref, resident_id, institution_code, institution_name, original_rxno,
				       diagnosis_code, diagnosis_name, drugs, note, status, requested_at)
				values (:ref, :resident, :inst, :instName, :rx, :dx, :dxName, :drugs, :note, 'REQUESTED', :at)
				on conflict (original_rxno) where status = 'REQUESTED' do nothing
				returning id""")
			.param("ref", r.ref())
			.param("resident", r.residentId())
			.param("inst", r.institutionCode())
			.param("instName", r.institutionName())
			.param("rx", r.originalRxno())
			.param("dx", r.diagnosisCode())
			.param("dxName", r.diagnosisName())
			.param("drugs", r.drugs())
			.param("note", r.note())
			.param("at", Timestamp.from(r.requestedAt()))
			.query(Long.class)
			.optional();
	}

	boolean issue(long id, String by, Instant at, String rxno, String token, String validEnd) {
		return jdbc.sql("""
				update ol_renewal set status = 'ISSUED', decided_by = :by, decided_at = :at, new_rxno = :rx,
				       epc_token = :token, valid_end = :end
				 where id = :id and status = 'REQUESTED'""")
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("rx", rxno)
			.param("token", token)
			.param("end", validEnd)
			.param("id", id)
			.update() == 1;
	}

	boolean close(long id, RenewalStatus status, String by, Instant at, String reason) {
		return jdbc.sql("""
				update ol_renewal set status = :s, decided_by = :by, decided_at = :at, refuse_reason = :reason
				 where id = :id and status = 'REQUESTED'""")
			.param("s", status.name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	Optional<Renewal> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RenewalRepository::row).optional();
	}

	List<Renewal> ofResident(String residentId, int limit) {
		return jdbc.sql(SELECT + " where resident_id = :r order by requested_at desc, id desc limit :l")
			.param("r", residentId)
			.param("l", limit)
			.query(RenewalRepository::row)
			.list();
	}

	List<Renewal> ofInstitution(String institution, RenewalStatus status, int limit) {
		return jdbc
			.sql(SELECT + " where institution_code = :i and (cast(:s as varchar) is null or status = :s)"
					+ " order by (status = 'REQUESTED') desc, requested_at desc, id desc limit :l")
			.param("i", institution)
			.param("s", status == null ? null : status.name())
			.param("l", limit)
			.query(RenewalRepository::row)
			.list();
	}

	Optional<byte[]> signingKey(String institution, String doctor) {
		return jdbc.sql("select private_key from ol_signer where institution_code = :i and doctor_code = :d")
			.param("i", institution)
			.param("d", doctor)
			.query(byte[].class)
			.optional();
	}

	void saveSigningKey(String institution, String doctor, String algorithm, byte[] wrapped) {
		jdbc.sql("""
				insert into ol_signer (institution_code, doctor_code, algorithm, private_key)
				values (:i, :d, :a, :k)""")
			.param("i", institution)
			.param("d", doctor)
			.param("a", algorithm)
			.param("k", wrapped)
			.update();
	}

	private static Renewal row(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Renewal(rs.getLong("id"), rs.getString("ref"), rs.getString("resident_id"),
				rs.getString("institution_code"), rs.getString("institution_name"), rs.getString("original_rxno"),
				rs.getString("diagnosis_code"), rs.getString("diagnosis_name"), rs.getString("drugs"),
				rs.getString("note"), RenewalStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("refuse_reason"), rs.getString("new_rxno"),
				rs.getString("epc_token"), rs.getString("valid_end"));
	}

}
