package org.sanyi.security;

/**
 * The roles of the platform (rows of {@code sec_role}, created by the security
 * migrations). A user has one role; a role grants permissions, by default those the
 * modules' {@link PermissionCatalogue}s give it. A new role is a change of the security
 * module (a migration with its data-scope kind and a {@code role.<CODE>} message), not of
 * a catalogue.
 */
public enum Role {

	/** 平台管理员, data scope ALL. */
	PLATFORM_ADMIN,

	/** 卫健委监管人员, data scope REGION. */
	HEALTH_REGULATOR,

	/** 医保局经办人员, data scope REGION. */
	INSURANCE_OFFICER,

	/** 医生, data scope INSTITUTION. */
	DOCTOR,

	/** 医院医保办, data scope INSTITUTION. */
	INSURANCE_CLERK,

	/** 居民, data scope SELF. */
	RESIDENT,

	/**
	 * 审方药师 (a hospital pharmacist), data scope INSTITUTION: reviews e-prescriptions
	 * before they flow and reviews the sampled ones in 处方点评 (security V17).
	 */
	PHARMACIST,

	/**
	 * 医药企业 (a drug or consumable enterprise selling to the region's hospitals), data
	 * scope INSTITUTION under its platform code ({@code E…}, security V18): confirms and
	 * ships the 阳光采购 orders placed with it and sees what the fund has paid it, nothing of
	 * any hospital's other data.
	 */
	SUPPLIER

}
