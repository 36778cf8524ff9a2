package org.sanyi.clinical.referral.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a referral's summary taken from the shared record: a diagnosis, a report or
 * a medication, with its code, name and date as the record holds them. Stored as
 * tab-separated lines, so the page labels the kinds in the reader's language.
 *
 * @param kind {@code Condition}, {@code DiagnosticReport} or {@code MedicationRequest}
 */
public record SummaryLine(String kind, String code, String name, String date, String detail) {

	static String write(List<SummaryLine> lines) {
		StringBuilder out = new StringBuilder();
		for (SummaryLine l : lines) {
			out.append(clean(l.kind))
				.append('\t')
				.append(clean(l.code))
				.append('\t')
				.append(clean(l.name))
				.append('\t')
				.append(clean(l.date))
				.append('\t')
				.append(clean(l.detail))
				.append('\n');
		}
		return out.toString();
	}

	public static List<SummaryLine> read(String text) {
		List<SummaryLine> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String line : text.split("\n")) {
			String[] f = line.split("\t", -1);
			if (f.length == 5) {
				lines.add(new SummaryLine(f[0], f[1], f[2], f[3], f[4]));
			}
		}
		return lines;
	}

	private static String clean(String s) {
		return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
	}

}
