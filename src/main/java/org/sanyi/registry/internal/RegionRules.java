package org.sanyi.registry.internal;

import org.sanyi.registry.RegistryErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;

/**
 * Where a region may go in the tree. Its code decides: a county {@code 359921} lies under
 * the city {@code 359900}, a township {@code 359921101} under that county. A parent given
 * explicitly must be exactly the one the code implies, so a tree built through the
 * registry never contradicts the codes that data scopes match by prefix.
 */
final class RegionRules {

	private RegionRules() {
	}

	/**
	 * The parent code the region code implies, {@code null} for a province; SH-0002 when
	 * the code is malformed.
	 */
	static String impliedParent(String code) {
		RegionCode parent = RegionCode.of(code).parent();
		return parent == null ? null : parent.value();
	}

	/**
	 * The parent a new region goes under: the given one if it fits the code, the implied
	 * one when none is given.
	 * @throws BusinessException REG-0002 when the given parent is not the one the code
	 * implies
	 */
	static String parentFor(String code, String givenParent) {
		String implied = impliedParent(code);
		if (givenParent == null || givenParent.isBlank()) {
			return implied;
		}
		if (!givenParent.trim().equals(implied)) {
			throw new BusinessException(RegistryErrors.REGION_LEVEL_MISMATCH, code, givenParent.trim());
		}
		return implied;
	}

}
