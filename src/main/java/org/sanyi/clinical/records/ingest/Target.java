package org.sanyi.clinical.records.ingest;

/**
 * Where an entry is stored: its type and id, the version it gets, whether it is new, or
 * unchanged (a conditional create that found it, a Patient linked in the master patient
 * index).
 */
record Target(String type, String id, int version, boolean created, boolean unchanged) {

	String reference() {
		return type + "/" + id;
	}

}
