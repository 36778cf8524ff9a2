package org.sanyi.insurance.gateway;

import java.util.Map;

/**
 * One national-interface transaction: reads its input nodes, does its work, returns its
 * output nodes.
 */
@FunctionalInterface
interface HsaTransaction {

	Map<String, Object> handle(HsaCall call);

	/** A group of transactions registering themselves by infno. */
	interface Group {

		void register(Map<String, HsaTransaction> transactions);

	}

}
