package org.sanyi.supervision.engine;

/**
 * One claim prepared for the evaluators: the knowledge base's restriction of every line
 * looked up once, the age once.
 */
record AuditInput(Claim claim, History history, KnowledgeBase kb, Restriction[] restrictions, int age) {

	static AuditInput of(Claim claim, History history, KnowledgeBase kb) {
		Restriction[] restrictions = new Restriction[claim.lines().size()];
		for (int i = 0; i < restrictions.length; i++) {
			restrictions[i] = kb.restriction(claim.lines().get(i).code());
		}
		return new AuditInput(claim, history, kb, restrictions, claim.age());
	}

}
