package org.sanyi.drg.grouper;

/** Severity of the secondary diagnosis that decided a DRG split. */
public enum Complication {

	/** 严重并发症或合并症. */
	MCC,
	/** 一般并发症或合并症. */
	CC,
	/** No CC/MCC decided the split (suffix 5 or 9, or not grouped). */
	NONE

}
