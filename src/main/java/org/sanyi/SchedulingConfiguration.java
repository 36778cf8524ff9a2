package org.sanyi;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster, not once per node: every {@code @Scheduled} method
 * that changes shared data also carries ShedLock's {@code @SchedulerLock} with a name,
 * and a node runs it only when it wins that row of the {@code shedlock} table (__root
 * V2). Lock times come from PostgreSQL, so the nodes' clocks may differ; a job's
 * {@code lockAtLeastFor} covers that difference and the time the other nodes' schedulers
 * need to skip the same firing.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
