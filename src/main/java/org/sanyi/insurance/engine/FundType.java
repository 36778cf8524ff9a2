package org.sanyi.insurance.engine;

/**
 * The funds that pay a settlement, with their national {@code fund_pay_type} code, the
 * {@code setlinfo} field their payments are summed into (insurance.md §1.8) and the
 * national name sent as {@code fund_pay_type_name}. The personal account (310200) is
 * deliberately not here: it pays the patient's own part and is not a fund in
 * {@code fund_pay_sumamt}.
 */
public enum FundType {

	/** 310100 职工基本医疗保险统筹基金. */
	EMPLOYEE_POOL("310100", "hifp_pay", "职工基本医疗保险统筹基金"),
	/** 320100 公务员医疗补助资金. */
	CIVIL_SERVANT_SUBSIDY("320100", "cvlserv_pay", "公务员医疗补助资金"),
	/** 330100 职工大额医疗费用补助基金: pays above the employee pool's annual cap. */
	LARGE_EXPENSE_SUBSIDY("330100", "hifob_pay", "职工大额医疗费用补助基金"),
	/** 370100 企业补充医疗保险基金. */
	ENTERPRISE_SUPPLEMENTARY("370100", "hifes_pay", "企业补充医疗保险基金"),
	/** 390100 城乡居民基本医疗保险基金. */
	RESIDENT_POOL("390100", "hifp_pay", "城乡居民基本医疗保险基金"),
	/** 390200 城乡居民大病医疗保险资金. */
	RESIDENT_CRITICAL_ILLNESS("390200", "hifmi_pay", "城乡居民大病医疗保险资金"),
	/** 610100 医疗救助基金. */
	MEDICAL_ASSISTANCE("610100", "maf_pay", "医疗救助基金");

	private final String code;

	private final String setlinfoField;

	private final String nationalName;

	FundType(String code, String setlinfoField, String nationalName) {
		this.code = code;
		this.setlinfoField = setlinfoField;
		this.nationalName = nationalName;
	}

	/** The national {@code fund_pay_type} code. */
	public String code() {
		return code;
	}

	/** The {@code setlinfo} amount field this fund's payment is reported in. */
	public String setlinfoField() {
		return setlinfoField;
	}

	/**
	 * The name the national interface shows in {@code fund_pay_type_name} (a code-table
	 * label, not UI text).
	 */
	public String nationalName() {
		return nationalName;
	}

	/**
	 * Whether this is a basic pooled fund (paid by the pool step, not by a supplementary
	 * layer).
	 */
	public boolean isBasicPool() {
		return this == EMPLOYEE_POOL || this == RESIDENT_POOL;
	}

}
