package org.sanyi.insurance.reconciliation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.reconciliation.ReconciliationFile.Outcome;
import org.sanyi.insurance.reconciliation.ReconciliationFile.ResultLine;
import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconciliationFileTest {

	@Test
	void readsTabSeparatedLinesFromTheZipKeepingAmountsToTheFen() {
		byte[] zip = zip("stmt.txt", "\uFEFFS1\tM1\tP1\t100.5\t80.00\t20.50\t0\r\nS2\tM2\tP2\t-30\t-20\t-10\t1\r\n\r\n",
				StandardCharsets.UTF_8);

		List<DetailLine> lines = ReconciliationFile.read(zip);

		assertThat(lines).containsExactly(
				new DetailLine("S1", "M1", "P1", new BigDecimal("100.50"), new BigDecimal("80.00"),
						new BigDecimal("20.50"), "0"),
				new DetailLine("S2", "M2", "P2", new BigDecimal("-30.00"), new BigDecimal("-20.00"),
						new BigDecimal("-10.00"), "1"));
	}

	@Test
	void readsAFileWrittenInGb18030() {
		byte[] zip = zip("对账明细.txt", "S1\tM1\t张三的编号\t1.00\t1.00\t0.00\t0\n", Charset.forName("GB18030"));

		assertThat(ReconciliationFile.read(zip).getFirst().psnNo()).isEqualTo("张三的编号");
	}

	@Test
	void aBadLineIsRefusedWithItsNumber() {
		byte[] fields = zip("a.txt", "S1\tM1\tP1\t1.00\t1.00\t0.00\t0\nS2\tM2\tP2\t1.00\t1.00\t0\n",
				StandardCharsets.UTF_8);
		byte[] amount = zip("a.txt", "S1\tM1\tP1\t1.005\t1.00\t0.00\t0\n", StandardCharsets.UTF_8);
		byte[] flag = zip("a.txt", "S1\tM1\tP1\t1.00\t1.00\t0.00\t0\n\nS2\tM2\tP2\t1.00\t1.00\t0.00\t2\n",
				StandardCharsets.UTF_8);
		byte[] duplicate = zip("a.txt", "S1\tM1\tP1\t1.00\t1.00\t0.00\t0\nS1\tM1\tP1\t1.00\t1.00\t0.00\t0\n",
				StandardCharsets.UTF_8);

		assertRefused(fields, "INS-0056", 2, "7 个");
		assertRefused(amount, "INS-0056", 1, "medfee_sumamt");
		assertRefused(flag, "INS-0056", 3, "refd_setl_flag");
		assertRefused(duplicate, "INS-0056", 2, "重复");
	}

	@Test
	void somethingThatIsNotAZipWithOneTextFileIsRefused() {
		assertThatThrownBy(() -> ReconciliationFile.read("hello".getBytes()))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.error().code()).isEqualTo("INS-0054"));
		assertThatThrownBy(() -> ReconciliationFile.read(zip("a.csv", "x", StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.error().code()).isEqualTo("INS-0054"));
	}

	@Test
	void aZipBombIsRefusedBeforeItIsExpanded() {
		byte[] bomb = zip("a.txt", "0".repeat(ReconciliationFile.MAX_TEXT_BYTES + 1), StandardCharsets.UTF_8);
		assertThat(bomb.length).isLessThan(100_000);

		assertThatThrownBy(() -> ReconciliationFile.read(bomb)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error().code()).isEqualTo("INS-0055"));
	}

	@Test
	void compareGivesEveryLineOfEitherSideItsOutcome() {
		DetailLine same = line("S1", "100.00", "0");
		DetailLine hisOnly = line("S2", "50.00", "0");
		DetailLine platformOnly = line("S3", "70.00", "0");
		DetailLine his4 = line("S4", "10.00", "0");
		DetailLine ours4 = line("S4", "10.01", "0");

		List<ResultLine> result = ReconciliationFile.compare(List.of(same, hisOnly, his4),
				List.of(same, platformOnly, ours4));

		assertThat(result).extracting(ResultLine::setlId, ResultLine::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("S1", Outcome.MATCHED),
					org.assertj.core.groups.Tuple.tuple("S2", Outcome.MISSING_ON_PLATFORM),
					org.assertj.core.groups.Tuple.tuple("S3", Outcome.MISSING_AT_INSTITUTION),
					org.assertj.core.groups.Tuple.tuple("S4", Outcome.AMOUNTS_DIFFER));
	}

	@Test
	void theResultFileListsEachLineWithBothSidesAmounts() throws IOException {
		List<ResultLine> result = ReconciliationFile.compare(List.of(line("S1", "10.00", "0"), line("S2", "5.00", "0")),
				List.of(line("S1", "10.01", "0"), line("S3", "7.00", "1")));

		String text = unzip(ReconciliationFile.writeResult("3202_H1_20261101_20261101", result));

		assertThat(text.split("\r\n")).containsExactly(
				"S1\tM-S1\tP-S1\t3\t金额不一致：医疗费总额 机构 10.00 平台 10.01；基金支付 机构 10.00 平台 10.01\t10.00\t10.00\t0.00\t10.01\t10.01\t0.00\t0",
				"S2\tM-S2\tP-S2\t1\t平台无此结算\t5.00\t5.00\t0.00\t\t\t\t0",
				"S3\tM-S3\tP-S3\t2\t机构未上报此结算\t\t\t\t7.00\t7.00\t0.00\t1");
	}

	@Test
	void anUploadWrittenByWriteUploadReadsBackTheSame() {
		List<DetailLine> lines = List.of(line("S1", "12.34", "0"), line("S2", "-12.34", "1"));

		assertThat(ReconciliationFile.read(ReconciliationFile.writeUpload("x", lines))).isEqualTo(lines);
	}

	private static DetailLine line(String setlId, String amount, String refund) {
		BigDecimal a = new BigDecimal(amount);
		return new DetailLine(setlId, "M-" + setlId, "P-" + setlId, a, a, new BigDecimal("0.00"), refund);
	}

	private static void assertRefused(byte[] zip, String code, int lineNo, String mentioned) {
		assertThatThrownBy(() -> ReconciliationFile.read(zip)).isInstanceOfSatisfying(BusinessException.class, e -> {
			assertThat(e.error().code()).isEqualTo(code);
			assertThat(e.args()[0]).isEqualTo(lineNo);
			assertThat(String.valueOf(e.args()[1])).contains(mentioned);
		});
	}

	private static byte[] zip(String name, String text, Charset charset) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(text.getBytes(charset));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	static String unzip(byte[] zip) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			in.getNextEntry();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
