/**
 * Monitoring on Apache Kafka (issue 12, "Scale"), active only when
 * {@code sanyi.kafka.bootstrap-servers} (or {@code spring.kafka.bootstrap-servers}) is
 * set: the events monitoring counts go to one topic per event type, keyed by institution,
 * through an idempotent producer (settlements, reversals and facts in batches from the
 * event queue by {@code KafkaRelay}, DRG month results externalized by Spring Modulith),
 * and monitoring consumes its facts from those topics instead of in process. Without the
 * property none of this exists and the facts arrive in process
 * ({@code facts.FactListener}).
 */
package org.sanyi.monitoring.kafka;
