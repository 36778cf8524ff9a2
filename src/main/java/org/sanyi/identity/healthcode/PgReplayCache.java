package org.sanyi.identity.healthcode;

import org.sanyi.identity.card.CodeKind;
import org.sanyi.identity.card.ReplayCache;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replay cache of the online verifiers, shared by every node through PostgreSQL: a
 * code's first use inserts its (kind, subject, nonce); the primary key makes a second
 * insert, from this node or another, find the row and do nothing, which is a replay. A
 * row whose code has expired (not yet purged) is taken over by the new use: a code
 * arriving here has passed the time check, so its own row cannot be expired. Rows are
 * purged by {@link ReplayCachePurge}. Inside a caller's transaction the insert commits or
 * rolls back with it (a decode that fails after the check does not use the code up).
 */
public final class PgReplayCache implements ReplayCache {

	private final JdbcClient jdbc;

	public PgReplayCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean firstUse(CodeKind kind, long subject, long nonce, long forgetAfter, long now) {
		return jdbc.sql("""
				insert into idn_replay (kind, subject, nonce, forget_after) values (:k, :s, :n, :f)
				on conflict (kind, subject, nonce) do update set forget_after = excluded.forget_after
				where idn_replay.forget_after < :now""")
			.param("k", kind.id())
			.param("s", subject)
			.param("n", nonce)
			.param("f", forgetAfter)
			.param("now", now)
			.update() == 1;
	}

	/**
	 * Deletes the rows of codes expired before {@code now} (epoch second); returns how
	 * many.
	 */
	public int purge(long now) {
		return jdbc.sql("delete from idn_replay where forget_after < :now").param("now", now).update();
	}

}
