package org.sanyi.terminology.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Bulk load through PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} on the
 * connection of the current transaction, so a 33,000-line code file is written in a
 * fraction of a second and rolls back with everything else. Batched INSERTs took about
 * 13,000 rows a second here; COPY is several times faster.
 */
@Component
class PgCopy {

	private final DataSource dataSource;

	private final SQLStateSQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

	PgCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * @param tableAndColumns e.g. {@code term_concept (system_id, code, name)}
	 * @param values the column values of a row: {@code null}, text, numbers or dates
	 */
	<T> long copy(String tableAndColumns, List<T> rows, Function<T, Object[]> values) {
		var csv = new StringBuilder(rows.size() * 80);
		for (T row : rows) {
			Object[] fields = values.apply(row);
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				append(csv, fields[i]);
			}
			csv.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + tableAndColumns + " from stdin with (format csv)", new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			DataAccessException translated = translator.translate("COPY " + tableAndColumns, null, ex);
			throw translated != null ? translated : new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Text is always quoted (so an empty string stays empty); an unquoted empty field is
	 * NULL.
	 */
	static void append(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number || value instanceof java.time.LocalDate) {
			csv.append(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
			return;
		}
		String text = value.toString();
		csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				csv.append('"');
			}
			csv.append(c);
		}
		csv.append('"');
	}

}
