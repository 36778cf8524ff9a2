package org.sanyi.supervision.audit;

import java.io.Reader;
import java.time.LocalDate;

import org.sanyi.supervision.SupervisionAdmin;
import org.sanyi.supervision.rules.RuleService;
import org.sanyi.supervision.rules.RulesCsv;
import org.sanyi.supervision.rules.VersionRow;

import org.springframework.stereotype.Service;

/** {@link SupervisionAdmin} over the rule service and the batch audit; acts as the system. */
@Service
class SupervisionAdminService implements SupervisionAdmin {

	static final String SYSTEM = "system";

	private final RuleService rules;

	private final BatchAudit audit;

	SupervisionAdminService(RuleService rules, BatchAudit audit) {
		this.rules = rules;
		this.audit = audit;
	}

	@Override
	public boolean hasRules(String region) {
		return rules.inForce(VersionRow.RULES, region, LocalDate.of(9999, 12, 31)).isPresent()
				|| rules.list(org.sanyi.security.DataScope.all()).stream()
					.anyMatch(v -> v.kind().equals(VersionRow.RULES) && v.regionCode().equals(region));
	}

	@Override
	public long importRules(String region, LocalDate from, Reader csv, String summary) {
		return rules.importApprovedRules(region, from, RulesCsv.read(csv), summary, SYSTEM);
	}

	@Override
	public long importKnowledge(String region, LocalDate from, Reader csv, String summary) {
		return rules.importApprovedKnowledge(region, from, csv, summary, SYSTEM);
	}

	@Override
	public int audit(String region, LocalDate from, LocalDate to, LocalDate today) {
		return audit.run(region, from, to, SYSTEM, today).created();
	}

}
