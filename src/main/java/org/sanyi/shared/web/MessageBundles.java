package org.sanyi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The message bundles of every module, found on the class path instead of listed: each
 * {@code messages/<module>.properties} (zh-CN, the default) is a bundle whose
 * translations are {@code messages/<module>_<locale>.properties}. A new module adds its
 * two files and nothing else.
 */
public final class MessageBundles {

	/**
	 * Where bundles live; {@code classpath*:} also finds them in other jars of the class
	 * path.
	 */
	public static final String PATTERN = "classpath*:messages/*.properties";

	/**
	 * A translation's file name ends in a locale suffix: {@code _en}, {@code _zh_CN},
	 * {@code _zh_Hant_TW}.
	 */
	private static final Pattern TRANSLATION = Pattern
		.compile(".*_[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?\\.properties");

	private MessageBundles() {
	}

	/** The base names ({@code messages/drg}), sorted, each once. */
	public static List<String> basenames(ResourcePatternResolver resolver) {
		try {
			return Stream.of(resolver.getResources(PATTERN))
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(name -> !TRANSLATION.matcher(name).matches())
				.map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + PATTERN, ex);
		}
	}

	public static List<String> basenames() {
		return basenames(new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader()));
	}

}
