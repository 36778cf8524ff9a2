package org.sanyi.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN for everyone unless they switch to English with {@code ?lang=en}; the choice is
 * kept in a cookie. Request bodies are limited before anything else reads them
 * ({@link RequestBodyLimit}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final RequestLimits limits;

	private final PageClamp clamp;

	WebConfiguration(RequestLimits limits, PageClamp clamp) {
		this.limits = limits;
		this.clamp = clamp;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("SANYI_LANG");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * First of all filters, before security: a refused body is never read, whoever sends
	 * it.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${sanyi.web.max-body-size:10MB}") DataSize documents,
			@Value("${sanyi.web.max-upload-size:50MB}") DataSize files,
			@Value("${sanyi.web.max-fhir-body-size:64MB}") DataSize bundles, MessageSource messages) {
		var registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(documents.toBytes(), files.toBytes(), bundles.toBytes(), messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(limits);
		registry.addInterceptor(clamp);
	}

}
