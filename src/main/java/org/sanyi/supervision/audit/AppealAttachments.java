package org.sanyi.supervision.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a hospital attaches to a suspicion it appeals (申诉材料): scanned orders, execution
 * records, reports. The institution adds and removes them while the line is open or
 * appealed and the deadline has not passed; the bureau and the institution read them. The
 * type is what the content is (PDF, JPEG or PNG by its first bytes), whatever the name
 * says; at most {@value #MOST_FILES} files of {@value #MOST_BYTES} bytes each. Kept in
 * PostgreSQL beside the case, with their SHA-256.
 */
@Service
public class AppealAttachments {

	static final int MOST_FILES = 5;

	static final int MOST_BYTES = 5 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final SuspicionRepository suspicions;

	AppealAttachments(JdbcClient jdbc, SuspicionRepository suspicions) {
		this.jdbc = jdbc;
		this.suspicions = suspicions;
	}

	/** An attachment as listed (without its content). */
	public record Attachment(long id, long suspicionId, String fileName, String contentType, int sizeBytes,
			String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
	}

	/** An attachment with its content, to be sent as it is. */
	public record Content(Attachment attachment, byte[] bytes) {
	}

	/** Adds a file to the institution's own undecided suspicion; the new attachment. */
	@Transactional
	public Attachment add(long suspicionId, String fileName, byte[] bytes, String by, DataScope scope,
			LocalDate today) {
		writable(suspicionId, scope, today);
		String name = fileName(fileName);
		if (bytes == null || bytes.length == 0) {
			throw new BusinessException(SupervisionErrors.ATTACHMENT_TYPE, name);
		}
		if (bytes.length > MOST_BYTES) {
			throw new BusinessException(SupervisionErrors.ATTACHMENT_TOO_LARGE, name, bytes.length, MOST_BYTES);
		}
		String type = contentType(bytes)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.ATTACHMENT_TYPE, name));
		int count = jdbc.sql("select count(*) from sup_attachment where suspicion_id = :s")
			.param("s", suspicionId)
			.query(Integer.class)
			.single();
		if (count >= MOST_FILES) {
			throw new BusinessException(SupervisionErrors.ATTACHMENT_LIMIT, suspicionId, MOST_FILES);
		}
		return jdbc
			.sql("""
					insert into sup_attachment (suspicion_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
					values (:s, :name, :type, :size, :sha, :content, :by)
					returning id, suspicion_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at""")
			.param("s", suspicionId)
			.param("name", name)
			.param("type", type)
			.param("size", bytes.length)
			.param("sha", sha256(bytes))
			.param("content", bytes)
			.param("by", by)
			.query(Attachment.class)
			.single();
	}

	/** Removes an attachment of the institution's own undecided suspicion. */
	@Transactional
	public Attachment remove(long attachmentId, DataScope scope, LocalDate today) {
		Attachment a = find(attachmentId, scope);
		writable(a.suspicionId(), scope, today);
		jdbc.sql("delete from sup_attachment where id = :id").param("id", attachmentId).update();
		return a;
	}

	/** A suspicion's attachments, in the order added. */
	public List<Attachment> of(long suspicionId, DataScope scope) {
		suspicions.find(suspicionId, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, suspicionId));
		return jdbc.sql("""
				select id, suspicion_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
				from sup_attachment where suspicion_id = :s order by id""")
			.param("s", suspicionId)
			.query(Attachment.class)
			.list();
	}

	/** An attachment with its content, if its suspicion is in the scope. */
	public Content content(long attachmentId, DataScope scope) {
		Attachment a = find(attachmentId, scope);
		byte[] bytes = jdbc.sql("select content from sup_attachment where id = :id")
			.param("id", attachmentId)
			.query(byte[].class)
			.single();
		return new Content(a, bytes);
	}

	private Attachment find(long attachmentId, DataScope scope) {
		Optional<Attachment> a = jdbc.sql("""
				select id, suspicion_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
				from sup_attachment where id = :id""").param("id", attachmentId).query(Attachment.class).optional();
		if (a.isEmpty() || suspicions.find(a.get().suspicionId(), scope).isEmpty()) {
			throw new BusinessException(SupervisionErrors.ATTACHMENT_NOT_FOUND, attachmentId);
		}
		return a.get();
	}

	/**
	 * The suspicion locked, the institution's own, open or appealed, before its deadline.
	 */
	private void writable(long suspicionId, DataScope scope, LocalDate today) {
		if (scope.kind() != DataScope.Kind.INSTITUTION) {
			throw new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, suspicionId);
		}
		SuspicionRow row = suspicions.findForUpdate(suspicionId, scope)
			.orElseThrow(() -> new BusinessException(SupervisionErrors.SUSPICION_NOT_FOUND, suspicionId));
		if (row.status() != SuspicionStatus.OPEN && row.status() != SuspicionStatus.APPEALED) {
			throw new BusinessException(SupervisionErrors.SUSPICION_STATE, suspicionId, row.status().name());
		}
		if (today.isAfter(row.answerDeadline())) {
			throw new BusinessException(SupervisionErrors.ANSWER_TOO_LATE, suspicionId,
					row.answerDeadline().toString());
		}
	}

	/**
	 * PDF, JPEG or PNG by the file's first bytes (its magic number), or none.
	 */
	static Optional<String> contentType(byte[] b) {
		if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The name as shown: the last part of a path a browser may send, without control
	 * characters, at most 200 characters; "附件" when nothing is left.
	 */
	static String fileName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			return "附件";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
