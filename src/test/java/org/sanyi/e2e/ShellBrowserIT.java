package org.sanyi.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The login page, the layout and the system pages in a real browser, in Chinese, desktop and phone sized. */
class ShellBrowserIT extends BrowserTest {

	@Test
	void loginPageRejectsAWrongPasswordInChinese() {
		Page page = browser.anonymous();
		page.navigate(browser.url("/login"));
		Browser.shot(page, "login-desktop");
		page.fill("input[name=username]", "admin");
		page.fill("input[name=password]", "not-the-password");
		page.click("button[type=submit]");
		assertThat(page.locator(".alert-error")).hasText("用户名或密码错误");
	}

	@Test
	void residentSignsInOnAPhoneWithATextMessageCode() {
		var sms = new ListAppender<ILoggingEvent>();
		var smsLog = (Logger) LoggerFactory.getLogger("org.sanyi.security.internal.ConsoleLoginCodeSender");
		sms.start();
		smsLog.addAppender(sms);
		try {
			Page page = browser.anonymousPhone();
			page.navigate(browser.url("/login"));
			Browser.shot(page, "login-phone");
			page.click("text=手机验证码登录");
			page.fill("input[name=phone]", "13859000007");
			Browser.shot(page, "login-code-phone");
			page.click("text=获取验证码");
			assertThat(page.locator(".alert-success")).containsText("验证码已发送");
			Browser.shot(page, "login-code-sent-phone");
			Matcher code = Pattern.compile("验证码为 ([0-9]{6})").matcher(sms.list.getLast().getFormattedMessage());
			org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();
			page.fill("input[name=code]", code.group(1));
			page.click("button[type=submit]");
			page.waitForURL(url -> url.endsWith("/portal"));
			assertThat(page.locator("body")).containsText("李春梅");
			page.context().close();
		}
		finally {
			smsLog.detachAppender(sms);
		}
	}

	@Test
	void adminSeesThePillarsAndSystemPages() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		assertThat(page.locator("h1")).containsText("欢迎");
		assertThat(page.locator(".pillars")).containsText("医保");
		Browser.shot(page, "home-admin-desktop");
		page.click("text=审计日志");
		assertThat(page.locator("h1")).hasText("审计日志");
		assertThat(page.locator(".pager")).containsText("共");
		assertThat(page.locator("table.data tbody")).containsText("登录");
		Browser.shot(page, "audit-admin-desktop");
		page.navigate(browser.url("/security/users"));
		assertThat(page.locator("table.data tbody")).containsText("admin");
		Browser.shot(page, "users-admin-desktop");
		page.navigate(browser.url("/security/tokens"));
		Browser.shot(page, "tokens-admin-desktop");
		page.context().close();
	}

	@Test
	void adminSeesWhichRoleHoldsWhichPermission() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/security/users"));
		page.click("text=角色权限");
		assertThat(page.locator("h1")).hasText("角色权限");
		assertThat(page.locator("table.roles")).containsText("查看行政区划");
		Browser.shot(page, "roles-admin-desktop");
		page.context().close();
		Page phone = browser.phone("admin", "Sanyi@2026");
		phone.navigate(browser.url("/security/roles"));
		assertThat(phone.locator("table.roles")).containsText("registry:region:list");
		Browser.shot(phone, "roles-admin-phone");
		phone.context().close();
	}

	@Test
	void phoneLayoutFoldsTheMenu() {
		Page page = browser.phone("admin", "Sanyi@2026");
		assertThat(page.locator(".sidebar")).isHidden();
		Browser.shot(page, "home-admin-phone");
		page.click(".menu-toggle");
		assertThat(page.locator(".sidebar")).isVisible();
		Browser.shot(page, "home-admin-phone-menu");
		page.context().close();
	}

	@Test
	void englishSwitchTranslatesTheShell() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/?lang=en"));
		assertThat(page.locator(".pillars")).containsText("Medical insurance");
		Browser.shot(page, "home-admin-en");
		page.navigate(browser.url("/?lang=zh-CN"));
		page.context().close();
	}

}
