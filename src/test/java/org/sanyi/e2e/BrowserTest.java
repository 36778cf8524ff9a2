package org.sanyi.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.sanyi.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser tests: the JVM's chromium ({@link Browser#forPort}) on the shared
 * test server, each class closing the pages it opened; skipped where chromium is not
 * installed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final String PASSWORD = "Sanyi@2026";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		assumeTrue(Browser.available(), "chromium is not installed");
		browser = Browser.forPort(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.closeContexts();
		}
	}

}
