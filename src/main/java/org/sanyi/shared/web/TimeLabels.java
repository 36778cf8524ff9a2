package org.sanyi.shared.web;

import java.util.Locale;

import org.sanyi.shared.PlatformTime;

import org.springframework.context.MessageSource;

/**
 * Names the platform's time zone for readers: 北京时间 for Asia/Shanghai, otherwise the
 * zone's id.
 */
public final class TimeLabels {

	private TimeLabels() {
	}

	public static String zone(MessageSource messages, Locale locale) {
		String id = PlatformTime.zone().getId();
		return messages.getMessage("time.zone." + id, null, id, locale);
	}

	/** A column header that says which zone its times are in: 时间（北京时间）. */
	public static String column(MessageSource messages, Locale locale, String header) {
		return messages.getMessage("time.column", new Object[] { header, zone(messages, locale) }, locale);
	}

}
