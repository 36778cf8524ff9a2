/**
 * Monitoring (监管一平台): the indicator engine, the facts every module reports, the 三医联动
 * indicator sets, hospital performance, data quality and the regulators' pages. Nobody
 * depends on this module: it learns the platform from events
 * ({@code SettlementCompleted}, {@link org.sanyi.shared.facts.FactsReported}) and from
 * the read APIs of registry and the other modules. The pure engine lives in
 * {@code engine}; it reads component totals through
 * {@link org.sanyi.monitoring.engine.FactTotals}, which the facts store implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "shared", "shared :: facts", "shared :: events", "shared :: io", "shared :: web",
				"shared :: review", "security", "registry", "terminology", "identity", "insurance", "drg" })
package org.sanyi.monitoring;
