package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.identity.HealthCards;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family-doctor contracts in the browser: a resident signs on her phone (team of her
 * centre, packages with what the funds pay, a declared category), 李春梅 sees her renewal
 * offer; the team signs a resident at the counter by health card, sees the contract and
 * its renewal and termination forms, and the contracts of its centre; the referral's 2501
 * filing. Screenshots on a desktop and a phone.
 */
class FamilyDoctorContractBrowserIT extends BrowserTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	HealthCards cards;

	@Autowired
	JdbcClient jdbc;

	String uncontracted(int offset) {
		return jdbc.sql("""
				select resident_id from idn_resident r
				 where status = 'ACTIVE' and birth_date < current_date - interval '66 years'
				   and not exists (select 1 from fd_contract c where c.resident_id = r.resident_id)
				 order by resident_id desc offset :o limit 1""").param("o", offset).query(String.class).single();
	}

	@Test
	void aResidentSignsOnHerPhoneAndLiChunmeiIsOfferedTheRenewal() {
		String resident = uncontracted(0);
		accounts.ensure(new NewAccount("fd-browser-res", PASSWORD, "签约居民", "RESIDENT", null, null, resident, null));

		Page phone = browser.phone("fd-browser-res", PASSWORD);
		phone.navigate(browser.url("/portal/family-doctor"));
		assertThat(phone.locator("#no-contract")).isVisible();
		phone.click("#start-sign");
		assertThat(phone.locator("h1")).hasText("签约家庭医生");
		assertThat(phone.locator("#sign-form")).containsText("65岁及以上老年人");
		Browser.shot(phone, "familydoctor-sign-phone");
		phone.check("#declare input[value=DIBAO]");
		phone.click("#sign-btn");
		assertThat(phone.locator("#portal-done")).hasText("签约成功");
		assertThat(phone.locator("#contract")).containsText("低保户（待团队确认）");
		Browser.shot(phone, "familydoctor-signed-phone");
		phone.context().close();

		Page desktop = browser.desktop("fd-browser-res", PASSWORD);
		desktop.navigate(browser.url("/portal/family-doctor/sign"));
		assertThat(desktop.locator("#already")).isVisible();
		Browser.shot(desktop, "familydoctor-sign-desktop");
		desktop.context().close();

		Page lee = browser.phone("resident", PASSWORD);
		lee.navigate(browser.url("/portal/family-doctor"));
		assertThat(lee.locator("#renew-btn")).isVisible();
		lee.click("#terminate summary");
		Browser.shot(lee, "familydoctor-renew-phone");
		lee.context().close();
	}

	@Test
	void theTeamSignsAtTheCounterByHealthCardAndSeesItsContracts() {
		String resident = uncontracted(1);
		String card = cards.activeCardNumber(resident).orElseGet(() -> cards.issue(resident));

		Page page = browser.desktop("jtys", PASSWORD);
		page.navigate(browser.url("/familydoctor/contracts"));
		assertThat(page.locator("h1")).hasText("家庭医生签约");
		assertThat(page.locator("#contracts")).containsText("家庭医生一团队");
		Browser.shot(page, "familydoctor-contracts-desktop");
		page.click("#new-contract");
		page.fill("#health-code", "SANYI:expired");
		page.click("#identify-btn");
		assertThat(page.locator("#contract-error")).containsText("FD-0019");
		page.fill("#health-code", card);
		page.click("#identify-btn");
		assertThat(page.locator("#sign-form")).isVisible();
		assertThat(page.locator("#crowds input[value=ELDERLY]")).isChecked();
		Browser.shot(page, "familydoctor-counter-desktop");
		page.check("#crowds input[value=DISABLED]");
		page.click("#sign-btn");
		assertThat(page.locator("#contract-done")).hasText("签约成功");
		assertThat(page.locator("#contract")).containsText("无固定收入残疾人");
		assertThat(page.locator("#terminate-form")).isVisible();
		Browser.shot(page, "familydoctor-contract-desktop");
		String detail = page.url();
		page.context().close();

		Page phone = browser.phone("jtys", PASSWORD);
		phone.navigate(browser.url("/familydoctor/contracts"));
		assertThat(phone.locator("h1")).hasText("家庭医生签约");
		Browser.shot(phone, "familydoctor-contracts-phone");
		phone.navigate(detail);
		assertThat(phone.locator("#contract")).isVisible();
		Browser.shot(phone, "familydoctor-contract-phone");
		phone.navigate(browser.url("/familydoctor/contracts/new"));
		Browser.shot(phone, "familydoctor-counter-phone");
		phone.context().close();

		Long referral = jdbc.sql("""
				select id from crf_referral where from_institution = 'H35992100011' and direction = 'UP'
				   and status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED') order by id limit 1""")
			.query(Long.class)
			.single();
		Page filing = browser.desktop("jtys", PASSWORD);
		filing.navigate(browser.url("/referral/" + referral));
		assertThat(filing.locator("#insurance-filing")).containsText("reflin_medins_no");
		Browser.shot(filing, "referral-filing-desktop");
		filing.context().close();
	}

	@Test
	void theCountySeesWhatThePublicHealthFundOwesItsTeamsOnDesktopAndPhone() {
		Page desktop = browser.desktop("wjw_county", PASSWORD);
		desktop.navigate(browser.url("/familydoctor/contracts"));
		desktop.click("#public-health-dues");
		assertThat(desktop.locator("h1")).hasText("基本公卫经费应付");
		assertThat(desktop.locator("#ph-dues")).containsText("家庭医生一团队");
		assertThat(desktop.locator("#ph-totals")).containsText("应拨付（元）");
		assertThat(desktop.locator("#ph-totals")).containsText("已拨付（元）");
		// the county records a payment of this month's share (the demo paid the earlier
		// months)
		desktop.fill("#amount", "1.00");
		desktop.fill("#voucherNo", "GW-E2E-" + System.nanoTime() % 1_000_000);
		desktop.click("#ph-disburse button[type=submit]");
		assertThat(desktop.locator("#ph-done")).containsText("已登记拨付 1.00 元");
		Browser.shot(desktop, "familydoctor-public-health-desktop");
		desktop.context().close();

		Page phone = browser.phone("wjw_county", PASSWORD);
		phone.navigate(browser.url("/familydoctor/contracts/public-health"));
		assertThat(phone.locator("#ph-dues")).containsText("家庭医生一团队");
		Browser.shot(phone, "familydoctor-public-health-phone");
		phone.context().close();
	}

}
