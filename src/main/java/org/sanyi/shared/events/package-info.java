/**
 * Events a module takes in batches: {@link org.sanyi.shared.events.EventQueue} keeps an
 * event for a consumer in the publishing transaction, and the consumer
 * ({@link org.sanyi.shared.events.EventBatchConsumer}) processes what waits for it many
 * at a time, each batch in one transaction. For consumers that see every settlement
 * (monitoring's facts, pharma's visits), where one event publication, dispatch and
 * transaction per event cost more than the work itself. Other events keep Spring
 * Modulith's event publication registry.
 */
@org.springframework.modulith.NamedInterface("events")
package org.sanyi.shared.events;
