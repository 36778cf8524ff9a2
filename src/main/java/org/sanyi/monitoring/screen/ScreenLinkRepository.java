package org.sanyi.monitoring.screen;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed wall-display links handed out ({@code mon_screen_link}). */
@Repository
class ScreenLinkRepository {

	private final JdbcClient jdbc;

	ScreenLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A link as stored; the token itself is not stored (it is derived from the row). */
	record Link(long id, String areaKey, String areaRegion, String label, OffsetDateTime expiresAt, String createdBy,
			OffsetDateTime createdAt, String revokedBy, OffsetDateTime revokedAt) {

		boolean usable(OffsetDateTime now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	long insert(String areaKey, String areaRegion, String label, OffsetDateTime expiresAt, String by) {
		return jdbc.sql("""
				insert into mon_screen_link (area_key, area_region, label, expires_at, created_by)
				values (:a, :r, :l, :e, :by) returning id""")
			.param("a", areaKey)
			.param("r", areaRegion)
			.param("l", label)
			.param("e", expiresAt)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Link> find(long id) {
		return jdbc.sql("select * from mon_screen_link where id = :id").param("id", id).query(Link.class).optional();
	}

	/** The links of areas under the prefix ({@code ''}: all), newest first. */
	List<Link> list(String prefix) {
		return jdbc.sql("select * from mon_screen_link where area_region like :p || '%' order by id desc limit 200")
			.param("p", prefix)
			.query(Link.class)
			.list();
	}

	/** Revokes a link once; false when it was revoked before. */
	boolean revoke(long id, String by) {
		return jdbc.sql("""
				update mon_screen_link set revoked_by = :by, revoked_at = now()
				where id = :id and revoked_at is null""").param("by", by).param("id", id).update() == 1;
	}

}
