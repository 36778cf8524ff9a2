package org.sanyi.supervision.engine;

/** 规则运行结果类型: 可疑 (for review) or 明确违规 (a definite violation). */
public enum ResultType {

	SUSPICIOUS, DEFINITE

}
