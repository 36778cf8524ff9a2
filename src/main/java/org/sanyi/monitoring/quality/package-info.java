/**
 * Data quality: validation rules as data (left ⟨op⟩ right, missing-value strategy,
 * importance) checked on report approval, nightly and on request; violations followed up
 * and exported; outliers by modified z-score; a score per hospital.
 */
package org.sanyi.monitoring.quality;
