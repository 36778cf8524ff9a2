package org.sanyi.insurance.settlement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Platform-issued identifiers from one database sequence, so they are unique across
 * application nodes: visit IDs ({@code mdtrt_id}) {@code M} + region (6) + yyyyMMdd +
 * 10-digit serial, settlement IDs ({@code setl_id}) the same with {@code S} (insurance.md
 * §1.4: opaque strings up to 30 characters; the layout follows a provincial example),
 * fee-line row ids. Values are taken from the sequence {@value #BLOCK} at a time and
 * handed out from memory, so an identifier costs no round trip; a restart skips the rest
 * of a block (gaps are harmless).
 */
@Component
public class Ids {

	static final int BLOCK = 128;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	private long[] block = new long[0];

	private int used;

	Ids(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public synchronized long next() {
		if (used == block.length) {
			block = block(BLOCK);
			used = 0;
		}
		return block[used++];
	}

	/** {@code count} values of the sequence in one round trip. */
	long[] block(int count) {
		return jdbc.sql("select nextval('ins_id_seq') from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	long[] next(int count) {
		long[] values = new long[count];
		for (int i = 0; i < count; i++) {
			values[i] = next();
		}
		return values;
	}

	String visitId(String region, LocalDate day) {
		return format('M', region, day, next());
	}

	String settlementId(String region, LocalDate day) {
		return format('S', region, day, next());
	}

	public static String format(char kind, String region, LocalDate day, long serial) {
		return kind + region + day.format(DAY) + serial10(serial);
	}

	/**
	 * The last ten digits of a non-negative serial, zero-padded ({@code "%010d"} without
	 * the formatter's cost).
	 */
	public static String serial10(long serial) {
		String digits = Long.toString(Math.floorMod(serial, 10_000_000_000L));
		return "0000000000".substring(digits.length()) + digits;
	}

}
