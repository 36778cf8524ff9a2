package org.sanyi.identity.healthcode;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired rows of the shared replay cache every minute (codes live 60 s to 1 h,
 * so the table holds about one lifetime of scans). Several nodes may run it at once: the
 * delete is idempotent.
 */
@Component
class ReplayCachePurge {

	private static final Logger log = LoggerFactory.getLogger(ReplayCachePurge.class);

	private final PgReplayCache cache;

	ReplayCachePurge(JdbcClient jdbc) {
		this.cache = new PgReplayCache(jdbc);
	}

	@Scheduled(fixedDelayString = "${sanyi.identity.replay.purge-interval:PT1M}",
			initialDelayString = "${sanyi.identity.replay.purge-interval:PT1M}")
	@SchedulerLock(name = "identity-replay-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
	void purge() {
		int deleted = cache.purge(Instant.now().getEpochSecond());
		if (deleted > 0) {
			log.debug("replay cache: {} expired codes purged", deleted);
		}
	}

}
