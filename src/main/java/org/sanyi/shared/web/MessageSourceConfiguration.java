package org.sanyi.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * One message source over every module's bundle ({@link MessageBundles}). The base files
 * are Chinese, and the machine's locale never decides the language: a locale without a
 * translation gets the base file, never a system-locale file.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessageSourceConfiguration.class);

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(ResourceLoader loader) {
		List<String> basenames = MessageBundles.basenames(ResourcePatternUtils.getResourcePatternResolver(loader));
		log.debug("Message bundles: {}", basenames);
		var source = new ResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
