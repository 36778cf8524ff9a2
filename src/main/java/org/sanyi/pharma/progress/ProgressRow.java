package org.sanyi.pharma.progress;

import java.math.BigDecimal;

import org.sanyi.pharma.engine.Progress;

/**
 * One line of the progress and savings tables: an institution, county, alliance or
 * product with its summed volumes.
 *
 * @param key institution code, county code, alliance code or product id
 * @param amount what was paid for the round's products (winning and not), yuan
 * @param savings (pre-round − winning price) × winning volume, yuan
 */
public record ProgressRow(String key, String label, Progress progress, BigDecimal amount, BigDecimal savings) {
}
