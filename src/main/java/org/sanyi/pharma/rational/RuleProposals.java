package org.sanyi.pharma.rational;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review-table imports awaiting or past review ({@code ph_rx_rule_proposal}). */
@Repository
class RuleProposals extends VersionTable<RuleProposal, RuleProposal.Key> {

	private static final String COLUMNS = """
			id, region_code, table_name, file_name, row_count, status, proposed_by, proposed_at, reviewed_by,
			reviewed_at, review_note""";

	RuleProposals(JdbcClient jdbc) {
		super(jdbc, "ph_rx_rule_proposal", COLUMNS, RuleProposals::row);
	}

	@Override
	public RuleProposal.Key keyOf(RuleProposal version) {
		return version.key();
	}

	@Override
	public List<RuleProposal> lockOpen(RuleProposal.Key key) {
		return jdbc.sql("select " + COLUMNS + """
				 from ph_rx_rule_proposal
				where region_code = :r and table_name = :t and status in ('APPROVED', 'PENDING')
				order by id for update""")
			.param("r", key.region())
			.param("t", key.table().name())
			.query(RuleProposals::row)
			.list();
	}

	long insert(String region, ReviewRuleImport.Table table, String fileName, String content, int rows, String by) {
		return jdbc.sql("""
				insert into ph_rx_rule_proposal (region_code, table_name, file_name, content, row_count, status,
				    proposed_by)
				values (:r, :t, :f, :c, :n, 'PENDING', :by) returning id""")
			.param("r", region)
			.param("t", table.name())
			.param("f", fileName)
			.param("c", content)
			.param("n", rows)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The file a proposal was made of. */
	String content(long id) {
		return jdbc.sql("select content from ph_rx_rule_proposal where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * The pending proposals and the latest {@code decided} decided ones of the regions
	 * whose codes start with {@code prefix} (every region for an empty one), pending
	 * first, newest first.
	 */
	List<RuleProposal> recent(String prefix, int decided) {
		return jdbc.sql("select " + COLUMNS + """
				 from (select p.*, row_number() over (partition by status = 'PENDING' order by id desc) as n
				       from ph_rx_rule_proposal p where region_code like :p) r
				where status = 'PENDING' or n <= :d
				order by status = 'PENDING' desc, id desc""")
			.param("p", prefix + "%")
			.param("d", decided)
			.query(RuleProposals::row)
			.list();
	}

	private static RuleProposal row(ResultSet rs, int i) throws SQLException {
		return new RuleProposal(rs.getLong("id"), rs.getString("region_code"),
				ReviewRuleImport.Table.valueOf(rs.getString("table_name")), rs.getString("file_name"),
				rs.getInt("row_count"), ReviewStatus.of(rs.getString("status")), rs.getString("proposed_by"),
				rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("reviewed_by"),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("review_note"));
	}

}
