package org.sanyi.drg.grouper;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Access to {@code messages/drg*.properties} without Spring, for the batch tool and
 * tests. The web layer uses Spring's MessageSource over the same files.
 */
public final class DrgMessages {

	/**
	 * Base name of the message files: {@code messages/drg.properties} (zh-CN) and
	 * {@code drg_en}.
	 */
	public static final String BASE_NAME = "messages/drg";

	private DrgMessages() {
	}

	/**
	 * Messages for a locale. No fallback to the JVM's default locale: on an English
	 * machine a Chinese request must still give the Chinese (default) file.
	 */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BASE_NAME, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Renders one trace step, e.g. for logs or a plain-text explanation. */
	public static String render(ResourceBundle bundle, TraceStep step) {
		return MessageFormat.format(bundle.getString(step.key()), step.args().toArray());
	}

}
