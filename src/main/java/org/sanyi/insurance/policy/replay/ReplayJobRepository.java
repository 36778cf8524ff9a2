package org.sanyi.insurance.policy.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.policy.replay.engine.ReplayResult;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.insurance.support.Json;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Replay runs ({@code ins_policy_replay}); a state moves only from RUNNING. */
@Repository
class ReplayJobRepository {

	private static final String COLUMNS = "id, policy_id, year, overrides::text as overrides, status, total, done, "
			+ "result::text as result, error, started_by, started_at, finished_at";

	private final JdbcClient jdbc;

	ReplayJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long start(long policyId, int year, Map<String, String> overrides, long total, String startedBy) {
		return jdbc.sql("""
				insert into ins_policy_replay (policy_id, year, overrides, status, total, started_by)
				values (:p, :y, cast(:o as jsonb), 'RUNNING', :total, :by) returning id""")
			.param("p", policyId)
			.param("y", year)
			.param("o", Json.write(overrides))
			.param("total", total)
			.param("by", startedBy)
			.query(Long.class)
			.single();
	}

	void progress(long id, long done) {
		jdbc.sql("update ins_policy_replay set done = :d, updated_at = now() where id = :id and status = 'RUNNING'")
			.param("d", done)
			.param("id", id)
			.update();
	}

	void finish(long id, ReplayResult result) {
		jdbc.sql(
				"""
						update ins_policy_replay set status = 'DONE', done = total, result = cast(:r as jsonb), updated_at = now(),
						    finished_at = now() where id = :id and status = 'RUNNING'""")
			.param("r", Json.write(result))
			.param("id", id)
			.update();
	}

	void fail(long id, String error) {
		jdbc.sql("""
				update ins_policy_replay set status = 'FAILED', error = left(:e, 1000), updated_at = now(),
				    finished_at = now() where id = :id and status = 'RUNNING'""")
			.param("e", error)
			.param("id", id)
			.update();
	}

	Optional<ReplayJob> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ins_policy_replay where id = :id")
			.param("id", id)
			.query(ReplayJobRepository::row)
			.optional();
	}

	/** The latest run of a version. */
	Optional<ReplayJob> latest(long policyId) {
		return jdbc.sql("select " + COLUMNS + " from ins_policy_replay where policy_id = :p order by id desc limit 1")
			.param("p", policyId)
			.query(ReplayJobRepository::row)
			.optional();
	}

	private static ReplayJob row(ResultSet rs, int i) throws SQLException {
		String result = rs.getString("result");
		Map<String, String> overrides = Json.MAPPER.readValue(rs.getString("overrides"),
				new TypeReference<Map<String, String>>() {
				});
		return new ReplayJob(rs.getLong("id"), rs.getLong("policy_id"), rs.getInt("year"), overrides,
				ReplayStatus.valueOf(rs.getString("status")), rs.getLong("total"), rs.getLong("done"),
				result == null ? null : Json.MAPPER.readValue(result, ReplayResult.class), rs.getString("error"),
				rs.getString("started_by"),
				InsuranceConfiguration.local(rs.getObject("started_at", OffsetDateTime.class)),
				InsuranceConfiguration.local(rs.getObject("finished_at", OffsetDateTime.class)));
	}

}
