package org.sanyi.identity.card;

/**
 * The national-interface transactions that carry
 * {@code mdtrt_cert_type}/{@code mdtrt_cert_no} and therefore an {@code ecToken} when the
 * insured showed the e-voucher, with the role each plays in the token's life.
 */
public enum InsuranceTransaction {

	/** 1101 人员信息获取: identifies the insured; always first. */
	PERSON_QUERY("1101", Role.IDENTIFY),
	/** 2201 门诊挂号: opens an outpatient visit. */
	OUTPATIENT_REGISTRATION("2201", Role.OPEN_VISIT),
	/** 2401 入院办理: opens an inpatient stay. */
	ADMISSION("2401", Role.OPEN_VISIT),
	/** 2206 门诊预结算: trial settlement, nothing posted. */
	OUTPATIENT_PRE_SETTLEMENT("2206", Role.PRE_SETTLE),
	/** 2303 住院预结算. */
	INPATIENT_PRE_SETTLEMENT("2303", Role.PRE_SETTLE),
	/** 2207 门诊结算: funds debited; uses the token up. */
	OUTPATIENT_SETTLEMENT("2207", Role.SETTLE),
	/** 2304 住院结算. */
	INPATIENT_SETTLEMENT("2304", Role.SETTLE);

	/** What a transaction does to the token. */
	public enum Role {

		IDENTIFY, OPEN_VISIT, PRE_SETTLE, SETTLE

	}

	private final String infno;

	private final Role role;

	InsuranceTransaction(String infno, Role role) {
		this.infno = infno;
		this.role = role;
	}

	public String infno() {
		return infno;
	}

	public Role role() {
		return role;
	}

	public static InsuranceTransaction ofInfno(String infno) {
		for (InsuranceTransaction t : values()) {
			if (t.infno.equals(infno)) {
				return t;
			}
		}
		return null;
	}

}
