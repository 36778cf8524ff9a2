package org.sanyi.insurance.reconciliation;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.sanyi.insurance.reconciliation.ReconciliationFiles.FileInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files institutions upload (9101) and download (9102) for detail reconciliation
 * ({@code ins_file}).
 */
@Repository
class ReconciliationFileRepository {

	private final JdbcClient jdbc;

	ReconciliationFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored file with its kind and bytes. */
	record StoredFile(FileInfo info, String kind, byte[] content) {
	}

	/**
	 * Removes files a week past their download time (the statements keep their numbers).
	 */
	void deleteExpired() {
		jdbc.sql("delete from ins_file where dld_endtime < now() - interval '7 days'").update();
	}

	Optional<StoredFile> find(String institution, String fileQuryNo) {
		return jdbc.sql("""
				select file_qury_no, filename, dld_endtime, coalesce(line_cnt, 0), kind, content
				from ins_file where file_qury_no = :n and fixmedins_code = :i
				""")
			.param("n", fileQuryNo)
			.param("i", institution)
			.query((rs,
					i) -> new StoredFile(new FileInfo(rs.getString(1), rs.getString(2),
							rs.getObject(3, OffsetDateTime.class), rs.getInt(4)), rs.getString(5), rs.getBytes(6)))
			.optional();
	}

	void insert(String number, String institution, String kind, String filename, byte[] content, String sha256,
			int lines, String msgid, String source, OffsetDateTime now, OffsetDateTime until) {
		jdbc.sql(
				"""
						insert into ins_file (file_qury_no, fixmedins_code, kind, filename, content, size_bytes, sha256, line_cnt,
						    msgid, source_file_qury_no, created_at, dld_endtime)
						values (:n, :i, :k, :f, :c, :s, :h, :l, :m, :src, :at, :until)
						""")
			.param("n", number)
			.param("i", institution)
			.param("k", kind)
			.param("f", filename)
			.param("c", content)
			.param("s", content.length)
			.param("h", sha256)
			.param("l", lines)
			.param("m", msgid)
			.param("src", source)
			.param("at", now)
			.param("until", until)
			.update();
	}

}
