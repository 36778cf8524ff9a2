package org.sanyi.pharma.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Publications of scenarios ({@code ph_price_publication}), one region's price versions.
 */
@Repository
class PublicationRepository implements VersionStore<Publication, String> {

	private final JdbcClient jdbc;

	PublicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String keyOf(Publication version) {
		return version.region();
	}

	@Override
	public List<Publication> lockOpen(String region) {
		return jdbc.sql("""
				select * from ph_price_publication where region = :r and status in ('APPROVED', 'PENDING')
				order by effective_from, id for update""").param("r", region).query(PublicationRepository::row).list();
	}

	@Override
	public void decide(Publication version, ReviewStatus outcome, String reviewer, String note) {
		jdbc.sql("""
				update ph_price_publication set status = :s, reviewed_by = :by, reviewed_at = now(), review_note = :note
				where id = :id""")
			.param("s", outcome.name())
			.param("by", reviewer)
			.param("note", note)
			.param("id", version.id())
			.update();
	}

	/** Dated: the approved version before ends the day before the new one starts. */
	@Override
	public void supersede(Publication version, LocalDate from) {
		jdbc.sql("update ph_price_publication set effective_to = :to where id = :id")
			.param("to", from.minusDays(1))
			.param("id", version.id())
			.update();
	}

	long insert(long scenarioId, String region, LocalDate from, String by) {
		return jdbc.sql("""
				insert into ph_price_publication (scenario_id, region, effective_from, status, proposed_by)
				values (:s, :r, :from, 'PENDING', :by) returning id""")
			.param("s", scenarioId)
			.param("r", region)
			.param("from", from)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void catalogueVersion(long id, String version) {
		jdbc.sql("update ph_price_publication set catalogue_version = :v where id = :id")
			.param("v", version)
			.param("id", id)
			.update();
	}

	Optional<Publication> findForUpdate(long id) {
		return jdbc.sql("select * from ph_price_publication where id = :id for update")
			.param("id", id)
			.query(PublicationRepository::row)
			.optional();
	}

	List<Publication> ofScenario(long scenarioId) {
		return jdbc.sql("select * from ph_price_publication where scenario_id = :s order by id desc")
			.param("s", scenarioId)
			.query(PublicationRepository::row)
			.list();
	}

	private static Publication row(ResultSet rs, int i) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getLong("scenario_id"), rs.getString("region"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				ReviewStatus.valueOf(rs.getString("status")), rs.getString("catalogue_version"),
				rs.getString("proposed_by"), rs.getObject("proposed_at", OffsetDateTime.class),
				rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
				rs.getString("review_note"));
	}

}
