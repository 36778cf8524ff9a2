/**
 * The settlement-time catalogue (甲/乙/丙 class, 先行自付 ratio, price cap of every item),
 * copied from the terminology module and read in memory by the settlement.
 */
package org.sanyi.insurance.catalogue;
