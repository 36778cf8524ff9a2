package org.sanyi.shared.review;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements every reviewed-version table shares, as the base of a module's
 * {@link VersionStore} repository (which adds what identifies its versions and how they
 * are locked): one row by id, locked or not, the decision on a pending row, and the end
 * of an approved row when a newer one is approved. The table keeps its decision in
 * {@code status, reviewed_by, reviewed_at, review_note}; a dated table ends a replaced
 * row with {@code effective_to}, an undated one marks it {@code SUPERSEDED}.
 *
 * @param <V> the module's stored version
 * @param <K> what identifies the versions that replace one another
 */
public abstract class VersionTable<V extends ReviewedVersion, K> implements VersionStore<V, K> {

	protected final JdbcClient jdbc;

	private final String table;

	private final String select;

	private final RowMapper<V> mapper;

	/**
	 * @param table the table (a constant of the module, never user input)
	 * @param select what a row is read as, e.g. {@code *} or a list of columns
	 */
	protected VersionTable(JdbcClient jdbc, String table, String select, RowMapper<V> mapper) {
		this.jdbc = jdbc;
		this.table = table;
		this.select = select;
		this.mapper = mapper;
	}

	public Optional<V> find(long id) {
		return jdbc.sql("select " + select + " from " + table + " where id = :id")
			.param("id", id)
			.query(mapper)
			.optional();
	}

	/** The row, locked until the transaction ends. */
	public Optional<V> findForUpdate(long id) {
		return jdbc.sql("select " + select + " from " + table + " where id = :id for update")
			.param("id", id)
			.query(mapper)
			.optional();
	}

	/** Who decided, now, with the note. */
	@Override
	public void decide(V version, ReviewStatus outcome, String reviewer, String note) {
		jdbc.sql("update " + table
				+ " set status = :s, reviewed_by = :by, reviewed_at = now(), review_note = :note where id = :id")
			.param("s", outcome.name())
			.param("by", reviewer)
			.param("note", note)
			.param("id", version.id())
			.update();
	}

	/**
	 * A dated version ends the day before {@code from} (and stays approved); an undated
	 * one ({@code from} null) becomes SUPERSEDED.
	 */
	@Override
	public void supersede(V version, LocalDate from) {
		if (from == null) {
			jdbc.sql("update " + table + " set status = 'SUPERSEDED' where id = :id and status = 'APPROVED'")
				.param("id", version.id())
				.update();
		}
		else {
			jdbc.sql("update " + table + " set effective_to = :to where id = :id")
				.param("to", from.minusDays(1))
				.param("id", version.id())
				.update();
		}
	}

}
