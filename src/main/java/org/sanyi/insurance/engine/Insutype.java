package org.sanyi.insurance.engine;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;

/**
 * The basic schemes the engine settles (national code table 险种类型). Since 三保合一 every
 * insured person is in exactly one of them; the subsidy and critical-illness layers (320,
 * 330, 390200...) ride on top of the basic scheme and are configured in its
 * {@link PolicyVersion}, not chosen by the caller.
 */
public enum Insutype {

	/** 310 职工基本医疗保险: pool plus personal account. */
	EMPLOYEE("310", FundType.EMPLOYEE_POOL),
	/** 390 城乡居民基本医疗保险: pool only, no personal account. */
	RESIDENT("390", FundType.RESIDENT_POOL);

	private final String code;

	private final FundType poolFund;

	Insutype(String code, FundType poolFund) {
		this.code = code;
		this.poolFund = poolFund;
	}

	/** The national code, {@code 310} or {@code 390}. */
	public String code() {
		return code;
	}

	/** The basic pooled fund (统筹基金) that pays first: 310100 or 390100. */
	public FundType poolFund() {
		return poolFund;
	}

	/** Only employees have a personal account (个人账户, 310200). */
	public boolean hasPersonalAccount() {
		return this == EMPLOYEE;
	}

	/**
	 * The scheme of a national code; {@code INS-0020} for anything else (320, 330... are
	 * not basic schemes).
	 */
	public static Insutype ofCode(String code) {
		for (Insutype type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		throw new BusinessException(InsuranceErrors.UNSUPPORTED_INSUTYPE, code);
	}

}
