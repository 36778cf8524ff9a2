package org.sanyi.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's chromium driven by Playwright (no browser download:
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Screenshots go to {@code target/screenshots/} (not
 * with SANYI_SCREENSHOTS=0), one desktop-sized and one phone-sized per page.
 */
final class Browser implements AutoCloseable {

	static final Path SHOTS = Path.of("target/screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final String base;

	private boolean closed;

	/**
	 * Screenshots are for people to look at. A run that keeps no files sets
	 * {@code SANYI_SCREENSHOTS=0} (.ci/run does): the pages are still loaded, waited for
	 * and scrolled, only the capture is skipped.
	 */
	private static final boolean CAPTURE = !"0".equals(System.getenv("SANYI_SCREENSHOTS"));

	private static Browser shared;

	/**
	 * The chromium of this test JVM for the server on {@code port}: started once and kept
	 * for the next test class (each class closes its own contexts), started again for
	 * another server or after a crash, closed when the JVM exits.
	 */
	static synchronized Browser forPort(int port) {
		if (shared != null && (shared.port != port || !shared.browser.isConnected())) {
			shared.close();
			shared = null;
		}
		if (shared == null) {
			shared = new Browser(port);
			Browser started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
		}
		return shared;
	}

	private final int port;

	private Browser(int port) {
		this.port = port;
		this.base = "http://127.0.0.1:" + port;
		this.playwright = Playwright.create();
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setHeadless(true)
				.setExecutablePath(Path.of(System.getProperty("sanyi.chromium", "/usr/bin/chromium")))
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	static boolean available() {
		return Files.isExecutable(Path.of(System.getProperty("sanyi.chromium", "/usr/bin/chromium")));
	}

	/** A new signed-in desktop page (1366x800) for the user. */
	Page desktop(String username, String password) {
		return login(browser.newContext(new NewContextOptions().setViewportSize(1366, 800).setLocale("zh-CN")),
				username, password);
	}

	/** A new signed-in phone-sized page (390x844, touch). */
	Page phone(String username, String password) {
		return login(phoneContext(), username, password);
	}

	/** A phone-sized page that has not signed in. */
	Page anonymousPhone() {
		return phoneContext().newPage();
	}

	private BrowserContext phoneContext() {
		return browser.newContext(new NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
	}

	/** A new browser context of any size, for a page at an unusual width. */
	BrowserContext context(NewContextOptions options) {
		return browser.newContext(options);
	}

	Page anonymous() {
		BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1366, 800));
		return context.newPage();
	}

	private Page login(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(base + "/login");
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", password);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

	String url(String path) {
		return base + path;
	}

	/**
	 * A full-page screenshot taken from the top, so a sticky header sits where it
	 * belongs.
	 */
	static void shot(Page page, String name) {
		page.waitForLoadState();
		page.evaluate("() => new Promise(done => requestAnimationFrame(() => { window.scrollTo(0, 0); "
				+ "requestAnimationFrame(() => done(true)); }))");
		if (CAPTURE) {
			page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
		}
	}

	/**
	 * Closes the pages and contexts a test class opened; the browser stays for the next.
	 */
	void closeContexts() {
		browser.contexts().forEach(BrowserContext::close);
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		browser.close();
		playwright.close();
	}

}
