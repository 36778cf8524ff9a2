package org.sanyi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself answers with when a request never reaches the application: a
 * request line or header too large (an 8,000-character Chinese search is 72 KB of URL), a
 * malformed URL. Tomcat's error report valve can only send a static file, so the file is
 * written at start-up from the messages (Chinese and English) in the platform's look,
 * instead of Tomcat's bare "HTTP Status 400" page.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	ServerErrorPage(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Path page = write();
		factory.addContextCustomizers(context -> {
			boolean configured = false;
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve report) {
					use(report, page);
					configured = true;
				}
			}
			if (!configured) {
				var report = new ErrorReportValve();
				report.setShowReport(false);
				report.setShowServerInfo(false);
				use(report, page);
				context.getParent().getPipeline().addValve(report);
			}
		});
	}

	/** After Spring Boot's own customizer, which adds the valve this configures. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void use(ErrorReportValve report, Path page) {
		// errorCode.0 is Tomcat's default for every status without a page of its own
		report.setProperty("errorCode.0", page.toAbsolutePath().toString());
	}

	String html() {
		String zh = text(Locale.SIMPLIFIED_CHINESE);
		String en = text(Locale.ENGLISH);
		return """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="/css/sanyi.css"></head>
				<body><main class="content"><div class="card"><h1>%s</h1>
				<div class="alert alert-error"><span class="code">SH-0014</span> <span>%s</span></div>
				<p class="muted" lang="en">%s</p><a class="btn" href="/">%s</a></div></main></body></html>
				"""
			.formatted(msg("error.title", Locale.SIMPLIFIED_CHINESE), msg("error.title", Locale.SIMPLIFIED_CHINESE), zh,
					en, msg("nav.home", Locale.SIMPLIFIED_CHINESE));
	}

	private String text(Locale locale) {
		return msg("error.SH-0014", locale);
	}

	private String msg(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
	}

	private Path write() {
		try {
			Path dir = Files.createTempDirectory("sanyi-error-pages");
			Path page = dir.resolve("request-error.html");
			Files.writeString(page, html(), StandardCharsets.UTF_8);
			page.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
