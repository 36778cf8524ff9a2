package org.sanyi.clinical.appointment.booking;

import java.sql.Time;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each institution's release rule ({@code ca_release_rule}); the platform's defaults
 * where it has none.
 */
@Repository
public class ReleaseRules {

	private final JdbcClient jdbc;

	private final AppointmentSettings settings;

	public ReleaseRules(JdbcClient jdbc, AppointmentSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Rules read in the last {@link #CACHED_NANOS}: every booking request needs its
	 * institution's, and they change a few times a year. A change saved here is seen at
	 * once by this node, by the others within ten seconds.
	 */
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	static final long CACHED_NANOS = 10_000_000_000L;

	private record Cached(ReleaseRule rule, long readAt) {
	}

	public ReleaseRule of(String institutionCode) {
		Cached cached = cache.get(institutionCode);
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < CACHED_NANOS) {
			return cached.rule();
		}
		ReleaseRule rule = read(institutionCode);
		if (cache.size() > 10_000) {
			cache.clear();
		}
		cache.put(institutionCode, new Cached(rule, now));
		return rule;
	}

	private ReleaseRule read(String institutionCode) {
		return jdbc.sql("""
				select institution_code, days_ahead, release_time, cancel_before_min, hold_minutes
				  from ca_release_rule where institution_code = :code""")
			.param("code", institutionCode)
			.query((rs, n) -> new ReleaseRule(rs.getString(1), rs.getInt(2), rs.getTime(3).toLocalTime(), rs.getInt(4),
					rs.getInt(5)))
			.optional()
			.orElseGet(() -> new ReleaseRule(institutionCode, settings.daysAhead(), settings.releaseTime(),
					settings.cancelBeforeMinutes(), settings.holdMinutes()));
	}

	public void save(ReleaseRule rule) {
		if (rule.institutionCode() == null || rule.daysAhead() < 1 || rule.daysAhead() > 60) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "daysAhead");
		}
		if (rule.releaseTime() == null) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "releaseTime");
		}
		if (rule.cancelBeforeMinutes() < 0 || rule.cancelBeforeMinutes() > 2880) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "cancelBeforeMinutes");
		}
		if (rule.holdMinutes() < 1 || rule.holdMinutes() > 30) {
			throw new BusinessException(AppointmentErrors.INVALID_RULE, "holdMinutes");
		}
		jdbc.sql(
				"""
						insert into ca_release_rule (institution_code, days_ahead, release_time, cancel_before_min, hold_minutes)
						values (:code, :days, :time, :cancel, :hold)
						on conflict (institution_code) do update set days_ahead = excluded.days_ahead,
						   release_time = excluded.release_time, cancel_before_min = excluded.cancel_before_min,
						   hold_minutes = excluded.hold_minutes, updated_at = now()""")
			.param("code", rule.institutionCode())
			.param("days", rule.daysAhead())
			.param("time", Time.valueOf(rule.releaseTime()))
			.param("cancel", rule.cancelBeforeMinutes())
			.param("hold", rule.holdMinutes())
			.update();
		cache.remove(rule.institutionCode());
	}

}
