package org.sanyi.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile says what it is: a banner in the log, a marker on every page (layout
 * and both login pages).
 */
class DemoModeTest {

	@Test
	void theDemoProfileLogsABannerAndNothingElseDoes() {
		var banner = new ListAppender<ILoggingEvent>();
		banner.start();
		Logger log = (Logger) LoggerFactory.getLogger(DemoMode.class);
		log.addAppender(banner);
		try {
			var demo = new MockEnvironment();
			demo.setActiveProfiles("demo");
			DemoMode active = new DemoMode(demo);
			active.banner();
			DemoMode real = new DemoMode(new MockEnvironment());
			real.banner();
			assertThat(active.isActive()).isTrue();
			assertThat(real.isActive()).isFalse();
			assertThat(banner.list).singleElement()
				.extracting(ILoggingEvent::getFormattedMessage)
				.asString()
				.contains("演示模式 DEMO MODE")
				.contains("never use it with real data");
		}
		finally {
			log.detachAppender(banner);
		}
	}

	@Test
	void everyPageFrameShowsTheMarkerInTheDemo() throws IOException {
		for (String template : new String[] { "fragments/layout.html", "security/login.html",
				"security/login-code.html" }) {
			assertThat(Files.readString(Path.of("src/main/resources/templates", template))).as(template)
				.containsPattern(
						"class=\"demo-marker\" th:if=\"\\$\\{@demoMode.active\\}\"[^>]*th:text=\"#\\{demo.marker\\}\"");
		}
	}

}
