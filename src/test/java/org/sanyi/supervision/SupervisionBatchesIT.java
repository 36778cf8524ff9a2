package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.audit.AppealAttachments;
import org.sanyi.supervision.audit.AuditBatchRow;
import org.sanyi.supervision.audit.AuditBatchService;
import org.sanyi.supervision.audit.BatchAudit;
import org.sanyi.supervision.audit.SuspicionRow;
import org.sanyi.supervision.audit.SuspicionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit batches (疑点告知单): the demo year's two audits sent their findings per institution
 * with one deadline and stand at every stage; a run sends only what no notice holds yet;
 * the hospital accepts what is left at once and the bureau upholds it together, deducted
 * in the ledger; a deadline is extended only forward, by at most 30 days, with a reason;
 * appeal documents are checked by their content and stay with the case.
 */
@IntegrationTest
class SupervisionBatchesIT {

	static final String HOSPITAL = "H35990000001";

	static final DataScope OWN = DataScope.institution(HOSPITAL, "359900");

	static final DataScope BUREAU = DataScope.region("359900");

	@Autowired
	AuditBatchService batches;

	@Autowired
	SuspicionService suspicions;

	@Autowired
	AppealAttachments attachments;

	@Autowired
	BatchAudit audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoAuditsSentOneNoticePerInstitutionAndRunAtEveryStage() {
		assertThat(jdbc.sql("select count(*) from sup_suspicion where batch_id is null").query(Integer.class).single())
			.isZero();
		// a notice holds one institution's findings of one run, and its lines carry its
		// deadline
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion s join sup_audit_batch b on b.id = s.batch_id
				where s.fixmedins_code <> b.fixmedins_code or s.answer_deadline <> b.deadline""")
			.query(Integer.class)
			.single()).isZero();
		List<AuditBatchRow> all = batches.page(DataScope.all(), "", "", PlatformTime.today(), PageQuery.of(1, 500))
			.rows();
		assertThat(all).hasSizeGreaterThanOrEqualTo(4);
		// numbered per region and year without gaps
		List<String> numbers = all.stream().map(AuditBatchRow::noticeNo).sorted().toList();
		assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("359900-20\\d\\d-\\d{4}"));
		assertThat(all.stream().mapToLong(AuditBatchRow::lines).sum())
			.isEqualTo(jdbc.sql("select count(*) from sup_suspicion").query(Long.class).single());
		LocalDate today = PlatformTime.today();
		Set<AuditBatchRow.Stage> stages = all.stream().map(b -> b.stage(today)).collect(Collectors.toSet());
		assertThat(stages).containsAll(Arrays.asList(AuditBatchRow.Stage.values()));
		// the stage filter and the counts tell the same as each batch's own stage
		var counts = batches.stages(DataScope.all(), today);
		for (AuditBatchRow.Stage stage : AuditBatchRow.Stage.values()) {
			List<AuditBatchRow> at = batches.page(DataScope.all(), "", stage.name(), today, PageQuery.of(1, 500))
				.rows();
			assertThat(at).isNotEmpty().allMatch(b -> b.stage(today) == stage);
			assertThat(counts.get(stage.name())).isEqualTo(at.size());
		}
		// the hospital sees its own notices only
		assertThat(batches.page(OWN, "", "", PlatformTime.today(), PageQuery.of(1, 100)).rows()).isNotEmpty()
			.allMatch(b -> b.fixmedinsCode().equals(HOSPITAL));
		AuditBatchRow other = all.stream().filter(b -> !b.fixmedinsCode().equals(HOSPITAL)).findFirst().orElseThrow();
		expect(() -> batches.get(other.id(), OWN), SupervisionErrors.BATCH_NOT_FOUND);
		// 市第一医院's first notice: closed, with documents attached to its appeals
		AuditBatchRow firstClosed = all.stream()
			.filter(b -> b.fixmedinsCode().equals(HOSPITAL) && b.stage(today) == AuditBatchRow.Stage.CLOSED)
			.findFirst()
			.orElseThrow();
		assertThat(firstClosed.upheld()).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from sup_attachment a join sup_suspicion s on s.id = a.suspicion_id
				where s.batch_id = :b""").param("b", firstClosed.id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aRunSendsOnlyWhatNoNoticeHoldsYet() {
		int before = count("sup_audit_batch");
		BatchAudit.Outcome again = audit.run("359900", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31), "tester",
				PlatformTime.today());
		assertThat(again.created()).isZero();
		assertThat(again.batches()).isZero();
		assertThat(count("sup_audit_batch")).isEqualTo(before);

		// a finding a failed run left out of every notice goes into the next run's
		long stray = jdbc.sql("""
				select id from sup_suspicion where status = 'OPEN' and fixmedins_code <> :h order by id desc limit 1""")
			.param("h", HOSPITAL)
			.query(Long.class)
			.single();
		String maxNo = jdbc.sql("select max(notice_no) from sup_audit_batch where notice_year = :y")
			.param("y", PlatformTime.today().getYear())
			.query(String.class)
			.single();
		jdbc.sql("update sup_suspicion set batch_id = null where id = :id").param("id", stray).update();
		BatchAudit.Outcome next = audit.run("359900", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31), "tester",
				PlatformTime.today());
		assertThat(next.batches()).isEqualTo(1);
		AuditBatchRow sent = batches.get(jdbc.sql("select batch_id from sup_suspicion where id = :id")
			.param("id", stray)
			.query(Long.class)
			.single(), BUREAU);
		assertThat(sent.lines()).isOne();
		assertThat(sent.deadline()).isEqualTo(PlatformTime.today().plusDays(15));
		assertThat(sent.noticeNo()).isGreaterThan(maxNo);
		assertThat(suspicions.get(stray, BUREAU).answerDeadline()).isEqualTo(sent.deadline());
	}

	@Test
	void theHospitalAcceptsWhatIsLeftAndTheBureauUpholdsItTogether() {
		LocalDate today = PlatformTime.today();
		AuditBatchRow notice = batches.page(BUREAU, "", "OPEN", today, PageQuery.of(1, 500))
			.rows()
			.stream()
			.filter(b -> !b.fixmedinsCode().equals(HOSPITAL) && b.stage(today) == AuditBatchRow.Stage.ANSWERING)
			.reduce((a, b) -> b)
			.orElseThrow();
		DataScope own = DataScope.institution(notice.fixmedinsCode(), "");
		expect(() -> batches.acceptRemaining(notice.id(), "ybb", OWN, today), SupervisionErrors.BATCH_NOT_FOUND);
		expect(() -> batches.acceptRemaining(notice.id(), "ybj", BUREAU, today), SupervisionErrors.BATCH_NOT_FOUND);
		expect(() -> batches.acceptRemaining(notice.id(), "ybb", own, notice.deadline().plusDays(1)),
				SupervisionErrors.BATCH_TOO_LATE);
		expect(() -> batches.upholdAccepted(notice.id(), "", "ybb", own, today), SupervisionErrors.BATCH_NOT_FOUND);
		BigDecimal receivable = receivable(notice.fixmedinsCode());

		assertThat(batches.acceptRemaining(notice.id(), "ybb", own, today)).isEqualTo((int) notice.open());
		AuditBatchRow answered = batches.get(notice.id(), BUREAU);
		assertThat(answered.open()).isZero();
		assertThat(answered.stage(today)).isEqualTo(AuditBatchRow.Stage.REVIEWING);

		AuditBatchService.Upheld upheld = batches.upholdAccepted(notice.id(), "", "ybj", BUREAU, today);
		assertThat(upheld.lines() + upheld.left()).isEqualTo((int) answered.accepted());
		AuditBatchRow decided = batches.get(notice.id(), BUREAU);
		assertThat(decided.upheld()).isEqualByComparingTo(upheld.amount());
		// every upheld line is one deduction in the ledger: the receivable fell by the
		// sum
		assertThat(receivable(notice.fixmedinsCode())).isEqualByComparingTo(receivable.subtract(upheld.amount()));
		assertThat(jdbc
			.sql("""
					select count(*) from sup_suspicion where batch_id = :b and status = 'UPHELD' and deduction_txn is null""")
			.param("b", notice.id())
			.query(Integer.class)
			.single()).isZero();
		if (upheld.left() == 0) {
			assertThat(decided.status()).isEqualTo("CLOSED");
			assertThat(decided.stage(today)).isEqualTo(AuditBatchRow.Stage.CLOSED);
			expect(() -> batches.upholdAccepted(notice.id(), "", "ybj", BUREAU, today), SupervisionErrors.BATCH_CLOSED);
			expect(() -> batches.extend(notice.id(), today.plusDays(40), "x", "ybj", BUREAU),
					SupervisionErrors.BATCH_CLOSED);
		}
	}

	@Test
	void aDeadlineIsExtendedForwardByAtMostThirtyDaysWithAReason() {
		LocalDate today = PlatformTime.today();
		AuditBatchRow overdue = batches.page(BUREAU, "", "OPEN", today, PageQuery.of(1, 500))
			.rows()
			.stream()
			.filter(b -> b.stage(today) == AuditBatchRow.Stage.OVERDUE)
			.findFirst()
			.orElseThrow();
		LocalDate was = overdue.deadline();
		DataScope own = DataScope.institution(overdue.fixmedinsCode(), "");
		expect(() -> batches.extend(overdue.id(), was.plusDays(10), "医院信息系统升级", "ybb", own),
				SupervisionErrors.BATCH_NOT_FOUND);
		expect(() -> batches.extend(overdue.id(), was, "医院信息系统升级", "ybj", BUREAU), SupervisionErrors.EXTENSION_INVALID);
		expect(() -> batches.extend(overdue.id(), was.plusDays(31), "医院信息系统升级", "ybj", BUREAU),
				SupervisionErrors.EXTENSION_INVALID);
		expect(() -> batches.extend(overdue.id(), was.plusDays(10), " ", "ybj", BUREAU),
				SupervisionErrors.INVALID_FIELD);
		assertThat(batches.get(overdue.id(), BUREAU).deadline()).isEqualTo(was);

		// still overdue after it, so the demo keeps a notice at that stage
		LocalDate later = was.plusDays(20);
		batches.extend(overdue.id(), later, "医院信息系统升级，申请延期", "ybj", BUREAU);
		AuditBatchRow extended = batches.get(overdue.id(), BUREAU);
		assertThat(extended.deadline()).isEqualTo(later);
		assertThat(extended.extensionNote()).isEqualTo("医院信息系统升级，申请延期");
		assertThat(jdbc.sql("select count(*) from sup_suspicion where batch_id = :b and answer_deadline <> :d")
			.param("b", overdue.id())
			.param("d", later)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void appealDocumentsAreCheckedByTheirContentAndStayWithTheCase() {
		LocalDate today = PlatformTime.today();
		SuspicionRow open = suspicions.page(OWN, "", "OPEN", "", PageQuery.of(1, 200))
			.rows()
			.stream()
			.filter(s -> !s.answerDeadline().isBefore(today))
			.filter(s -> count("sup_attachment where suspicion_id = " + s.id()) == 0)
			.findFirst()
			.orElseThrow();
		long id = open.id();
		expect(() -> attachments.add(id, "医嘱.pdf", "not a pdf".getBytes(), "ybb", OWN, today),
				SupervisionErrors.ATTACHMENT_TYPE);
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		huge[0] = '%';
		expect(() -> attachments.add(id, "scan.pdf", huge, "ybb", OWN, today), SupervisionErrors.ATTACHMENT_TOO_LARGE);
		DataScope other = DataScope.institution("H35992100001", "359921");
		expect(() -> attachments.add(id, "scan.png", png(1), "ybb", other, today),
				SupervisionErrors.SUSPICION_NOT_FOUND);
		expect(() -> attachments.add(id, "scan.png", png(1), "ybj", BUREAU, today),
				SupervisionErrors.SUSPICION_NOT_FOUND);
		expect(() -> attachments.add(id, "scan.png", png(1), "ybb", OWN, open.answerDeadline().plusDays(1)),
				SupervisionErrors.ANSWER_TOO_LATE);
		assertThat(count("sup_attachment where suspicion_id = " + id)).isZero();

		AppealAttachments.Attachment first = attachments.add(id, "C:\\扫描\\执行记录.png", png(1), "ybb", OWN, today);
		assertThat(first.fileName()).isEqualTo("执行记录.png");
		assertThat(first.contentType()).isEqualTo("image/png");
		assertThat(first.sha256()).isEqualTo(sha256(png(1)));
		for (int i = 2; i <= 5; i++) {
			attachments.add(id, "scan-" + i + ".png", png(i), "ybb", OWN, today);
		}
		expect(() -> attachments.add(id, "scan-6.png", png(6), "ybb", OWN, today), SupervisionErrors.ATTACHMENT_LIMIT);
		// the bureau reads what the hospital sent, byte for byte; another hospital does
		// not
		assertThat(attachments.of(id, BUREAU)).hasSize(5);
		assertThat(attachments.content(first.id(), BUREAU).bytes()).isEqualTo(png(1));
		expect(() -> attachments.content(first.id(), other), SupervisionErrors.ATTACHMENT_NOT_FOUND);
		attachments.remove(first.id(), OWN, today);
		assertThat(attachments.of(id, OWN)).hasSize(4);

		suspicions.answer(id, false, "有执行记录（见附件）", "ybb", OWN, today);
		attachments.add(id, "补充.png", png(7), "ybb", OWN, today);
		suspicions.decide(id, false, null, "附件证明执行", "ybj", BUREAU, today);
		expect(() -> attachments.add(id, "more.png", png(8), "ybb", OWN, today), SupervisionErrors.SUSPICION_STATE);
		long kept = attachments.of(id, BUREAU).getFirst().id();
		expect(() -> attachments.remove(kept, OWN, today), SupervisionErrors.SUSPICION_STATE);
		assertThat(attachments.of(id, BUREAU)).hasSize(5);
	}

	/** A PNG's signature and a distinguishing byte. */
	private static byte[] png(int n) {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, (byte) n };
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private BigDecimal receivable(String institution) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = 'RECEIVABLE' "
					+ "and account_key = :k")
			.param("k", institution)
			.query(BigDecimal.class)
			.single();
	}

	private int count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}

	private static void expect(Runnable action, SupervisionErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

}
