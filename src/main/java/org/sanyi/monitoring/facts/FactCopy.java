package org.sanyi.monitoring.facts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.sanyi.shared.facts.Fact;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes facts with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} on the current
 * transaction's connection: history (hundreds of thousands of monthly aggregates) and
 * benchmark data load several times faster than with INSERTs, and roll back with the
 * report's key.
 */
@Component
class FactCopy {

	private final DataSource dataSource;

	private final SQLStateSQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

	FactCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	long copy(long reportId, List<Fact> facts) {
		StringBuilder csv = new StringBuilder(facts.size() * 120);
		for (Fact f : facts) {
			quoted(csv, f.element()).append(',');
			quoted(csv, f.institution()).append(',').append(f.day()).append(',');
			quoted(csv, DimensionsJson.of(f.dimensions())).append(',');
			csv.append(f.value().toPlainString()).append(',').append(reportId).append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy mon_fact (element, institution, day, dims, value, report_id) from stdin with (format csv)",
						new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			DataAccessException translated = translator.translate("COPY mon_fact", null, ex);
			throw translated != null ? translated : new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static StringBuilder quoted(StringBuilder csv, String text) {
		return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
	}

}
