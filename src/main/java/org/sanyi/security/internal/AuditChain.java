package org.sanyi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the hash chain of the audit log (security V15): walks every row in chain order
 * and recomputes, in Java and independently of the database's own functions, what each
 * row's hash must be. The first row whose content no longer gives its hash, whose link
 * does not name the row before, or before which a row is missing, is reported. Deleting
 * the newest rows, or recomputing the chain after a change, only shows against a head
 * noted earlier: the result carries the head (last sequence number and hash) to note.
 */
@Service
public class AuditChain {

	static final byte[] GENESIS = new byte[32];

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	AuditChain(DataSource dataSource, PlatformTransactionManager transactions) {
		// a template of its own: rows come from a cursor, a thousand at a time, however
		// long the log is
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** What is wrong with a row. */
	public enum Kind {

		/** The row's fields no longer give its hash: it was changed. */
		CONTENT_CHANGED,
		/**
		 * The row does not link to the row before it: that one was replaced, or rows were
		 * reordered.
		 */
		LINK_BROKEN,
		/** Rows before this one are missing: they were deleted. */
		ROW_MISSING

	}

	/** The first problem found: the chain position, the row's id and what is wrong. */
	public record Problem(long seq, long id, Kind kind) {
	}

	/**
	 * The outcome of a check.
	 *
	 * @param rows rows checked (up to the problem, if any)
	 * @param headSeq the last sequence number checked
	 * @param headHash its hash, hex (note it to detect later truncation or a recomputed
	 * chain)
	 * @param problem the first problem, null when the chain is intact
	 */
	public record Verification(long rows, long headSeq, String headHash, Problem problem) {

		public boolean intact() {
			return problem == null;
		}

	}

	public Verification verify() {
		return readOnly.execute(status -> {
			var walk = new Walk();
			jdbc.query("""
					select chain_seq, id, at, username, role_code, region_code, institution_code, action, resource,
					       target, detail, ip, outcome, prev_hash, row_hash
					from sec_audit_log order by chain_seq""", walk);
			return new Verification(walk.rows, walk.lastSeq, HexFormat.of().formatHex(walk.lastHash), walk.problem);
		});
	}

	/**
	 * The content a row's hash covers, encoded as sec_audit_log_content does in the
	 * database.
	 */
	static byte[] content(long seq, long id, OffsetDateTime at, String... fields) {
		var text = new StringBuilder().append(seq)
			.append('|')
			.append(id)
			.append('|')
			.append(at.toEpochSecond() * 1_000_000 + at.getNano() / 1_000);
		for (String field : fields) {
			text.append('|');
			if (field == null) {
				text.append('-');
			}
			else {
				text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] hash(byte[] prev, byte[] content) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(prev);
			return sha256.digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Walks the rows in order and stops looking at the first problem. */
	private static final class Walk implements RowCallbackHandler {

		long rows;

		long lastSeq;

		byte[] lastHash = GENESIS;

		Problem problem;

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (problem != null) {
				return;
			}
			long seq = rs.getLong("chain_seq");
			long id = rs.getLong("id");
			byte[] prev = rs.getBytes("prev_hash");
			byte[] stored = rs.getBytes("row_hash");
			byte[] content = content(seq, id, rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
					rs.getString("role_code"), rs.getString("region_code"), rs.getString("institution_code"),
					rs.getString("action"), rs.getString("resource"), rs.getString("target"), rs.getString("detail"),
					rs.getString("ip"), rs.getString("outcome"));
			if (seq != lastSeq + 1) {
				problem = new Problem(seq, id, seq > lastSeq + 1 ? Kind.ROW_MISSING : Kind.LINK_BROKEN);
			}
			else if (!Arrays.equals(prev, lastHash)) {
				problem = new Problem(seq, id, Kind.LINK_BROKEN);
			}
			else if (!Arrays.equals(stored, hash(prev, content))) {
				problem = new Problem(seq, id, Kind.CONTENT_CHANGED);
			}
			else {
				rows++;
				lastSeq = seq;
				lastHash = stored;
			}
		}

	}

}
