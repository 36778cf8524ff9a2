package org.sanyi.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** zh-CN for everyone unless they switch to English with {@code ?lang=en}; the choice is kept in a cookie. */
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
