package org.sanyi.supervision.audit;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.security.DataScope;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;

import org.sanyi.supervision.SupervisionAdmin;
import org.sanyi.supervision.rules.RuleService;
import org.sanyi.supervision.rules.RulesCsv;
import org.sanyi.supervision.rules.VersionRow;

import org.springframework.stereotype.Service;

/**
 * {@link SupervisionAdmin} over the rule service and the batch audit; acts as the system.
 */
@Service
class SupervisionAdminService implements SupervisionAdmin {

	static final String SYSTEM = "system";

	private final RuleService rules;

	private final BatchAudit audit;

	private final SuspicionService suspicions;

	private final AuditBatchService batches;

	private final AppealAttachments attachments;

	SupervisionAdminService(RuleService rules, BatchAudit audit, SuspicionService suspicions, AuditBatchService batches,
			AppealAttachments attachments) {
		this.batches = batches;
		this.attachments = attachments;
		this.rules = rules;
		this.audit = audit;
		this.suspicions = suspicions;
	}

	@Override
	public boolean hasRules(String region) {
		return rules.list(DataScope.all())
			.stream()
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

	@Override
	public List<OpenBatch> openBatches(String region) {
		DataScope scope = DataScope.region(region);
		List<OpenBatch> open = new java.util.ArrayList<>();
		int page = 1;
		while (true) {
			var rows = batches.page(scope, "", "OPEN", PlatformTime.today(), PageQuery.of(page, 100));
			rows.rows()
				.forEach(b -> open
					.add(new OpenBatch(b.id(), b.noticeNo(), b.fixmedinsCode(), b.deadline(), b.lines(), b.open())));
			if (page >= rows.pages()) {
				break;
			}
			page++;
		}
		open.sort(java.util.Comparator.comparingLong(OpenBatch::id));
		return open;
	}

	@Override
	public List<Long> openLines(long batchId, int limit) {
		return suspicions.ofBatch(batchId, DataScope.all(), SuspicionStatus.OPEN.name(), PageQuery.of(1, limit))
			.rows()
			.stream()
			.map(SuspicionRow::id)
			.toList();
	}

	@Override
	public void attach(long suspicionId, String institutionCode, String fileName, byte[] content, String by,
			LocalDate today) {
		attachments.add(suspicionId, fileName, content, by, DataScope.institution(institutionCode, ""), today);
	}

	@Override
	public int acceptRemaining(long batchId, String institutionCode, String by, LocalDate today) {
		return batches.acceptRemaining(batchId, by, DataScope.institution(institutionCode, ""), today);
	}

	@Override
	public int upholdAccepted(long batchId, String note, String by, LocalDate today) {
		return batches.upholdAccepted(batchId, note, by, DataScope.all(), today).lines();
	}

	@Override
	public void answer(long suspicionId, String institutionCode, boolean accept, String reason, String by,
			LocalDate today) {
		suspicions.answer(suspicionId, accept, reason, by, DataScope.institution(institutionCode, ""), today);
	}

	@Override
	public void decide(long suspicionId, boolean uphold, String note, String by, LocalDate today) {
		suspicions.decide(suspicionId, uphold, null, note, by, DataScope.all(), today);
	}

	@Override
	public void reverse(long suspicionId, String note, String by, LocalDate today) {
		suspicions.reverse(suspicionId, note, by, DataScope.all(), today);
	}

}
