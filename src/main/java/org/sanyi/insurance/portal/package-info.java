/**
 * 我的医保: the resident's own insured persons, account movements, settlements and year's
 * totals, read with data scope SELF.
 */
package org.sanyi.insurance.portal;
