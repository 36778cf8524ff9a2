package org.sanyi.insurance;

import java.util.List;

/**
 * Contacts of insured persons across persons, for fund supervision's 一个手机号关联多人: the phone
 * numbers given by several insured persons (from identity's master patient index, where
 * the insured are registered), masked.
 */
public interface InsuredContacts {

	/** Phones shared by at least {@code minPersons} insured persons. */
	List<SharedPhone> sharedPhones(int minPersons);

	/**
	 * A phone number several insured persons gave.
	 *
	 * @param phoneMasked masked (138****5678)
	 * @param personIds their {@code psn_no}
	 */
	record SharedPhone(String phoneMasked, List<String> personIds) {

		public SharedPhone {
			personIds = List.copyOf(personIds);
		}

	}

}
