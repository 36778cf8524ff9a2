/**
 * DRG payment arithmetic, pure (no Spring, no IO; checked by ArchitectureTests): relative
 * weights from historical costs ({@link org.sanyi.drg.engine.WeightCalculator}), the base
 * rate or point value from the fund budget ({@link org.sanyi.drg.engine.BaseRates}), the
 * payment of one case with its outlier rules ({@link org.sanyi.drg.engine.CasePayment})
 * and a hospital's month ({@link org.sanyi.drg.engine.MonthSummary}). Money is BigDecimal
 * yuan with scale 2; every rounding is HALF_UP to the fen at the step the formula names.
 */
package org.sanyi.drg.engine;
