package org.sanyi.identity;

import java.util.List;

/**
 * Contact data of residents seen across persons, for fund supervision's 一个手机号关联多人 (one
 * phone number given for several insured persons). The system's view: no user scope; the
 * phone comes back masked only.
 */
public interface ResidentContacts {

	/**
	 * The phone numbers that active residents with an insurance person number (psn_no)
	 * share, at least {@code minPersons} persons each, with those persons' psn_no.
	 */
	List<SharedPhone> sharedPhones(int minPersons);

	/**
	 * A phone number given by several insured persons.
	 *
	 * @param phoneMasked the number masked (138****5678)
	 * @param psnNos their insurance person numbers
	 */
	record SharedPhone(String phoneMasked, List<String> psnNos) {

		public SharedPhone {
			psnNos = List.copyOf(psnNos);
		}

	}

}
