package org.sanyi.insurance.reconciliation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import org.sanyi.shared.BusinessException;

/**
 * The files of detail reconciliation (insurance.md §1.6.8): the HIS zips one
 * tab-separated {@code .txt} with a line per settlement,
 * {@code setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt, acct_pay, refd_setl_flag},
 * and uploads it with 9101; the platform answers 3202 with a result file of the same
 * shape plus the outcome of each line, downloaded with 9102. Pure: bytes in, lines out,
 * no I/O beyond memory.
 *
 * <p>
 * HIS systems write these files in UTF-8 or in GB18030/GBK (Windows defaults in Chinese
 * hospitals); a text that is not valid UTF-8 is read as GB18030. Limits guard against zip
 * bombs: the expanded text may not exceed {@link #MAX_TEXT_BYTES}, nor have more than
 * {@link #MAX_LINES} lines.
 */
public final class ReconciliationFile {

	/**
	 * Largest expanded text accepted (a busy hospital's month is about 30,000 lines of 80
	 * bytes).
	 */
	public static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;

	/** Most lines in one file. */
	public static final int MAX_LINES = 200_000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private ReconciliationFile() {
	}

	/** The outcome of one line of a detail reconciliation. */
	public enum Outcome {

		/** Same settlement, same amounts on both sides. */
		MATCHED("0", "一致"),
		/**
		 * The HIS lists a settlement the platform does not have (in this period and
		 * institution).
		 */
		MISSING_ON_PLATFORM("1", "平台无此结算"),
		/** The platform has a settlement the HIS did not list. */
		MISSING_AT_INSTITUTION("2", "机构未上报此结算"),
		/** Both have it, with different amounts or refund flag. */
		AMOUNTS_DIFFER("3", "金额不一致");

		private final String code;

		private final String text;

		Outcome(String code, String text) {
			this.code = code;
			this.text = text;
		}

		public String code() {
			return code;
		}

		public String text() {
			return text;
		}

	}

	/**
	 * A line of the result: the HIS's values (null when missing there) and the platform's
	 * (null when missing).
	 */
	public record ResultLine(String setlId, String visitId, String psnNo, Outcome outcome, DetailLine his,
			DetailLine platform) {
	}

	/**
	 * Reads the lines of an uploaded zip; a bad zip is {@code INS-0054}, a bad line
	 * {@code INS-0056} with its number.
	 */
	public static List<DetailLine> read(byte[] zip) {
		String text = decode(unzipSingleText(zip));
		List<DetailLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String[] rows = text.split("\r?\n", -1);
		for (int i = 0; i < rows.length; i++) {
			String row = i == 0 && rows[i].startsWith("\uFEFF") ? rows[i].substring(1) : rows[i];
			if (row.isBlank()) {
				continue;
			}
			if (lines.size() >= MAX_LINES) {
				throw new BusinessException(InsuranceErrors.FILE_TOO_LARGE, "> " + MAX_LINES + " 行", MAX_LINES + " 行");
			}
			DetailLine line = parse(i + 1, row);
			if (!seen.add(line.setlId())) {
				throw new BusinessException(InsuranceErrors.FILE_BAD_LINE, i + 1, "结算ID " + line.setlId() + " 重复");
			}
			lines.add(line);
		}
		return lines;
	}

	private static DetailLine parse(int number, String row) {
		String[] f = row.split("\t", -1);
		if (f.length != 7) {
			throw new BusinessException(InsuranceErrors.FILE_BAD_LINE, number, "应有 7 个以制表符分隔的字段，实际 " + f.length + " 个");
		}
		String setlId = id(number, "setl_id", f[0]);
		String visitId = id(number, "mdtrt_id", f[1]);
		String psnNo = id(number, "psn_no", f[2]);
		BigDecimal medfee = amount(number, "medfee_sumamt", f[3]);
		BigDecimal fund = amount(number, "fund_pay_sumamt", f[4]);
		BigDecimal account = amount(number, "acct_pay", f[5]);
		String refund = f[6].trim();
		if (!refund.equals("0") && !refund.equals("1")) {
			throw new BusinessException(InsuranceErrors.FILE_BAD_LINE, number,
					"refd_setl_flag 应为 0 或 1，实际“" + abbreviate(refund) + "”");
		}
		return new DetailLine(setlId, visitId, psnNo, medfee, fund, account, refund);
	}

	private static String id(int number, String field, String value) {
		String v = value.trim();
		if (v.isEmpty() || v.length() > 30) {
			throw new BusinessException(InsuranceErrors.FILE_BAD_LINE, number,
					field + " 为空或超过 30 位（“" + abbreviate(v) + "”）");
		}
		return v;
	}

	/** Amounts are numeric(16,2): at most two decimals, never rounded. */
	private static BigDecimal amount(int number, String field, String value) {
		try {
			BigDecimal amount = new BigDecimal(value.trim());
			if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(new BigDecimal("1E14")) >= 0) {
				throw new NumberFormatException();
			}
			return amount.setScale(2);
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(InsuranceErrors.FILE_BAD_LINE, number,
					field + " 不是最多两位小数的金额（“" + abbreviate(value.trim()) + "”）");
		}
	}

	private static byte[] unzipSingleText(byte[] zip) {
		byte[] text = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			boolean any = false;
			while ((entry = in.getNextEntry()) != null) {
				any = true;
				if (entry.isDirectory()) {
					continue;
				}
				if (!entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
					throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP,
							"压缩包中的 " + entry.getName() + " 不是 .txt 文件");
				}
				if (text != null) {
					throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "压缩包中应只有一个 .txt 文件");
				}
				text = readLimited(in);
			}
			if (!any) {
				throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "不是 zip 文件或压缩包为空");
			}
		}
		catch (ZipException ex) {
			throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "zip 格式错误（" + ex.getMessage() + "）");
		}
		catch (IOException ex) {
			throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "无法读取（" + ex.getMessage() + "）");
		}
		if (text == null) {
			throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "压缩包中没有 .txt 文件");
		}
		return text;
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + n > MAX_TEXT_BYTES) {
				throw new BusinessException(InsuranceErrors.FILE_TOO_LARGE, "解压后超过 " + MAX_TEXT_BYTES + " 字节",
						MAX_TEXT_BYTES + " 字节");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, GB18030);
		}
	}

	/**
	 * The result file: a zip with {@code <name>.txt}, UTF-8, a line per settlement of
	 * either side, sorted by setl_id:
	 * {@code setl_id, mdtrt_id, psn_no, stmt_rslt (0 matched, 1 missing on platform, 2 missing at institution,
	 * 3 amounts differ), stmt_rslt_dscr, his medfee, his fund, his acct, platform medfee, platform fund, platform
	 * acct, refd_setl_flag} (amounts blank on the side that lacks the line).
	 */
	public static byte[] writeResult(String name, List<ResultLine> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 120);
		for (ResultLine l : lines) {
			DetailLine any = l.his() != null ? l.his() : l.platform();
			text.append(l.setlId())
				.append('\t')
				.append(l.visitId())
				.append('\t')
				.append(l.psnNo())
				.append('\t')
				.append(l.outcome().code())
				.append('\t')
				.append(describe(l))
				.append('\t');
			amounts(text, l.his());
			amounts(text, l.platform());
			text.append(any.refundFlag()).append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(name + ".txt"));
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException("writing to memory failed", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Writes an upload file (what a HIS would send); used by tests and the demo of the
	 * interface.
	 */
	public static byte[] writeUpload(String name, List<DetailLine> lines) {
		StringBuilder text = new StringBuilder();
		for (DetailLine l : lines) {
			text.append(String.join("\t", l.setlId(), l.visitId(), l.psnNo(), l.medicalFees().toPlainString(),
					l.fundTotal().toPlainString(), l.accountPay().toPlainString(), l.refundFlag()))
				.append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(name + ".txt"));
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException("writing to memory failed", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Compares the HIS's lines with the platform's, by setl_id; every line of either side
	 * gets an outcome.
	 */
	public static List<ResultLine> compare(List<DetailLine> his, List<DetailLine> platform) {
		java.util.Map<String, DetailLine> ours = new java.util.LinkedHashMap<>();
		platform.forEach(l -> ours.put(l.setlId(), l));
		List<ResultLine> result = new ArrayList<>();
		for (DetailLine line : his) {
			DetailLine mine = ours.remove(line.setlId());
			Outcome outcome = mine == null ? Outcome.MISSING_ON_PLATFORM
					: sameAmounts(line, mine) ? Outcome.MATCHED : Outcome.AMOUNTS_DIFFER;
			result.add(new ResultLine(line.setlId(), line.visitId(), line.psnNo(), outcome, line, mine));
		}
		for (DetailLine mine : ours.values()) {
			result.add(new ResultLine(mine.setlId(), mine.visitId(), mine.psnNo(), Outcome.MISSING_AT_INSTITUTION, null,
					mine));
		}
		result.sort(java.util.Comparator.comparing(ResultLine::setlId));
		return result;
	}

	private static boolean sameAmounts(DetailLine a, DetailLine b) {
		return a.medicalFees().compareTo(b.medicalFees()) == 0 && a.fundTotal().compareTo(b.fundTotal()) == 0
				&& a.accountPay().compareTo(b.accountPay()) == 0
				&& (a.refundFlag() == null || b.refundFlag() == null || a.refundFlag().equals(b.refundFlag()));
	}

	private static String describe(ResultLine l) {
		if (l.outcome() != Outcome.AMOUNTS_DIFFER) {
			return l.outcome().text();
		}
		List<String> parts = new ArrayList<>();
		differs(parts, "医疗费总额", l.his().medicalFees(), l.platform().medicalFees());
		differs(parts, "基金支付", l.his().fundTotal(), l.platform().fundTotal());
		differs(parts, "个人账户", l.his().accountPay(), l.platform().accountPay());
		if (l.his().refundFlag() != null && !l.his().refundFlag().equals(l.platform().refundFlag())) {
			parts.add("退费标志 机构 " + l.his().refundFlag() + " 平台 " + l.platform().refundFlag());
		}
		return l.outcome().text() + "：" + String.join("；", parts);
	}

	private static void differs(List<String> parts, String what, BigDecimal his, BigDecimal platform) {
		if (his.compareTo(platform) != 0) {
			parts.add(what + " 机构 " + his.toPlainString() + " 平台 " + platform.toPlainString());
		}
	}

	private static void amounts(StringBuilder text, DetailLine line) {
		if (line == null) {
			text.append("\t\t\t");
		}
		else {
			text.append(line.medicalFees().toPlainString())
				.append('\t')
				.append(line.fundTotal().toPlainString())
				.append('\t')
				.append(line.accountPay().toPlainString())
				.append('\t');
		}
	}

	private static String abbreviate(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}

}
