package org.sanyi.supervision.engine;

/** The national template's rule category: 政策类, 管理类, 医疗类. */
public enum Category {

	POLICY, MANAGEMENT, MEDICAL

}
