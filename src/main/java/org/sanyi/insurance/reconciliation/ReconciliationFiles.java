package org.sanyi.insurance.reconciliation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.reconciliation.ReconciliationFile.Outcome;
import org.sanyi.insurance.reconciliation.ReconciliationFile.ResultLine;
import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import org.sanyi.insurance.reconciliation.StatementService.StatementRequest;
import org.sanyi.insurance.settlement.Ids;
import org.sanyi.shared.BusinessException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * File transfer of the national interface for detail reconciliation: 9101 stores the
 * HIS's zip (checked line by line before it is kept), 3202 compares the file's lines with
 * the platform's settlements of the period and writes a result zip, 9102 hands a file
 * back until its {@code dld_endtime}. Files are kept in {@code ins_file} (bytea) and
 * belong to one institution: another institution's file number answers "unknown"
 * ({@code INS-0058}).
 */
@Service
public class ReconciliationFiles {

	/**
	 * Largest upload: the zip travels base64-encoded in a signed body of at most 1 MB
	 * (HsaSignatureFilter).
	 */
	public static final int MAX_UPLOAD_BYTES = 700 * 1024;

	/** How long a file can be referred to (3202) or downloaded (9102). */
	public static final Duration RETENTION = Duration.ofHours(24);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ReconciliationFileRepository files;

	private final Ids ids;

	private final StatementService statements;

	ReconciliationFiles(ReconciliationFileRepository files, Ids ids, StatementService statements) {
		this.files = files;
		this.ids = ids;
		this.statements = statements;
	}

	/** What 9101 and 3202 answer about a stored file. */
	public record FileInfo(String fileQuryNo, String filename, OffsetDateTime downloadUntil, int lines) {

		/** {@code dld_endtime} as the interface writes times. */
		public String dldEndtime() {
			return downloadUntil.atZoneSameInstant(CHINA).format(TIME);
		}

	}

	/** A file for 9102. */
	public record Download(FileInfo info, byte[] content) {
	}

	/** The outcome of a 3202 by file. */
	public record DetailResult(FileInfo result, List<ResultLine> lines, long differences) {

		public boolean balanced() {
			return differences == 0;
		}

	}

	/** 9101: checks and stores an upload; nothing is stored when any line is wrong. */
	public FileInfo upload(String institution, String institutionRegion, String declaredInstitution, String filename,
			byte[] zip, String msgid, OffsetDateTime now) {
		checkInstitution(institution, declaredInstitution);
		if (!filename.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
			throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "文件名 " + filename + " 不是 .zip");
		}
		if (zip.length > MAX_UPLOAD_BYTES) {
			throw new BusinessException(InsuranceErrors.FILE_TOO_LARGE, zip.length + " 字节", MAX_UPLOAD_BYTES + " 字节");
		}
		List<DetailLine> lines = ReconciliationFile.read(zip);
		return store(institution, institutionRegion, "STMT_UPLOAD", filename, zip, lines.size(), msgid, null, now);
	}

	/**
	 * 3202 by file: the uploaded lines against the platform's settlements of the
	 * request's period, institution and filters; stores the statement and a result file
	 * listing every line with its outcome.
	 */
	public DetailResult reconcile(StatementRequest request, String institutionRegion, String fileQuryNo,
			OffsetDateTime now) {
		ReconciliationFileRepository.StoredFile upload = find(request.institution(), fileQuryNo, now);
		if (!upload.kind().equals("STMT_UPLOAD")) {
			throw new BusinessException(InsuranceErrors.FILE_WRONG_KIND, fileQuryNo, "不是 9101 上传的对账明细文件");
		}
		List<DetailLine> his = ReconciliationFile.read(upload.content());
		List<ResultLine> lines = ReconciliationFile.compare(his, statements.platformLines(request));
		long differences = lines.stream().filter(l -> l.outcome() != Outcome.MATCHED).count();
		String name = "3202_" + request.institution() + "_" + request.from().format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "_" + request.to().format(DateTimeFormatter.BASIC_ISO_DATE);
		byte[] zip = ReconciliationFile.writeResult(name, lines);
		FileInfo result = store(request.institution(), institutionRegion, "STMT_RESULT", name + ".zip", zip,
				lines.size(), request.msgid(), fileQuryNo, now);
		String description = differences == 0 ? "明细一致，共 " + lines.size() + " 笔"
				: "明细不一致 " + differences
						+ " 笔（平台无此结算 %d，机构未上报 %d，金额不一致 %d），共 %d 笔".formatted(count(lines, Outcome.MISSING_ON_PLATFORM),
								count(lines, Outcome.MISSING_AT_INSTITUTION), count(lines, Outcome.AMOUNTS_DIFFER),
								lines.size());
		statements.storeDetail(request, differences == 0, description, fileQuryNo, result.fileQuryNo());
		return new DetailResult(result, lines, differences);
	}

	/** 9102: a file of the institution, before its download time ends. */
	public Download download(String institution, String declaredInstitution, String fileQuryNo, String filename,
			OffsetDateTime now) {
		checkInstitution(institution, declaredInstitution);
		ReconciliationFileRepository.StoredFile file = find(institution, fileQuryNo, now);
		if (filename != null && !filename.equals(file.info().filename())) {
			throw new BusinessException(InsuranceErrors.FILE_UNKNOWN, fileQuryNo);
		}
		return new Download(file.info(), file.content());
	}

	/**
	 * Files past their download time for a week are removed (the statements keep their
	 * numbers).
	 */
	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	@SchedulerLock(name = "insurance-expired-files", lockAtMostFor = "PT55M", lockAtLeastFor = "PT50M")
	void forgetExpiredFiles() {
		files.deleteExpired();
	}

	private ReconciliationFileRepository.StoredFile find(String institution, String fileQuryNo, OffsetDateTime now) {
		Optional<ReconciliationFileRepository.StoredFile> file = files.find(institution, fileQuryNo);
		ReconciliationFileRepository.StoredFile found = file
			.orElseThrow(() -> new BusinessException(InsuranceErrors.FILE_UNKNOWN, fileQuryNo));
		if (!now.isBefore(found.info().downloadUntil())) {
			throw new BusinessException(InsuranceErrors.FILE_EXPIRED, fileQuryNo, found.info().dldEndtime());
		}
		return found;
	}

	private FileInfo store(String institution, String region, String kind, String filename, byte[] content, int lines,
			String msgid, String source, OffsetDateTime now) {
		String number = Ids.format('F', region.length() >= 6 ? region.substring(0, 6) : region,
				now.atZoneSameInstant(CHINA).toLocalDate(), ids.next());
		OffsetDateTime until = now.plus(RETENTION);
		files.insert(number, institution, kind, filename, content, sha256(content), lines, msgid, source, now, until);
		return new FileInfo(number, filename, until, lines);
	}

	private static void checkInstitution(String institution, String declared) {
		if (!institution.equals(declared)) {
			throw new BusinessException(InsuranceErrors.FILE_WRONG_INSTITUTION, declared, institution);
		}
	}

	private static long count(List<ResultLine> lines, Outcome outcome) {
		return lines.stream().filter(l -> l.outcome() == outcome).count();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
