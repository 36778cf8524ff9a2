package org.sanyi.pharma.engine;

/**
 * Where an electronic prescription stands (next-wave.md §3.2): 开方 → 上传 → (撤销 | 药店下载 → 审核
 * → [配送] → 销售结算核销) → 完成. A repeat prescription returns to {@link #DISPENSED} after each
 * use until its last one. Expiry is not a state: it is {@code now > valid_end_time}.
 */
public enum RxState {

	/** Uploaded and signed; no pharmacy holds it. */
	UPLOADED,
	/** Downloaded by a pharmacy, which holds it until it sells or releases it. */
	DOWNLOADED,
	/** The pharmacist's review passed. */
	APPROVED,
	/** The pharmacist's review refused it; only the hospital can revoke it now. */
	REJECTED,
	/** On its way to the patient. */
	DELIVERING,
	/** Sold at least once and uses remain: available for the next use. */
	DISPENSED,
	/** Every use is sold. */
	USED_UP,
	/** Revoked by the prescribing institution. */
	REVOKED;

	/** No step is possible any more. */
	public boolean terminal() {
		return this == USED_UP || this == REVOKED;
	}

	/** A pharmacy holds it (between download and sale). */
	public boolean held() {
		return this == DOWNLOADED || this == APPROVED || this == DELIVERING;
	}

}
