package org.sanyi.clinical.familydoctor.engine;

/**
 * Why a contract ends before its term (解约原因). A resident may end their own contract for
 * any reason but death; {@link #OTHER} needs a note.
 */
public enum TerminationReason {

	/** 迁出服务区域. */
	MOVED,
	/** 更换签约团队. */
	CHANGE_TEAM,
	/** 居民本人申请解约. */
	RESIDENT_REQUEST,
	/** 居民死亡 (recorded by the team). */
	DECEASED,
	/** 其他（须填写说明）. */
	OTHER;

	public boolean openToResident() {
		return this != DECEASED;
	}

}
