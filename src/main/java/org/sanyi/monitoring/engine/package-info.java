/**
 * The pure indicator engine: the expression language and its checks (`ExpressionParser`,
 * `DefinitionChecker`), periods, and `IndicatorEngine`, which sums the facts an
 * indicator's numerator and denominator name over a selection and period through
 * `FactTotals` before it divides. No Spring, no SQL (`ArchitectureTests`).
 */
package org.sanyi.monitoring.engine;
