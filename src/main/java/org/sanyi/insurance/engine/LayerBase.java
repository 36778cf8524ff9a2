package org.sanyi.insurance.engine;

/** What a supplementary layer pays a share of. */
public enum LayerBase {

	/**
	 * The policy-scope amount still borne by the patient after the pool and earlier
	 * layers (合规自付: deductible plus co-insurance, plus 先行自付 where the policy counts it).
	 * Critical-illness insurance, civil-servant subsidy and medical assistance pay on it.
	 */
	IN_SCOPE_SELF_PAY,
	/**
	 * The part of this visit's policy-scope amount above the deductible that the basic
	 * pool did not cover because its annual cap ran out. The employees' large-expense
	 * subsidy (大额, 330100) pays on it.
	 */
	ABOVE_POOL_CAP

}
