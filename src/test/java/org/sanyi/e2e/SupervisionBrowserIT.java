package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 基金监管 in a real browser: the bureau's rule library with a rule tried on a sample visit,
 * the suspicions with their totals and one case; the hospital's 医保办 reading and answering
 * its own suspicions on a phone; a doctor's findings with why each was flagged; the audit
 * notices (疑点告知单) with an appeal document uploaded on a phone and read by the bureau.
 */
class SupervisionBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void bureauBrowsesTheRuleLibraryAndTestsARule() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/rules"));
		assertThat(page.locator("h1")).hasText("基金监管规则库");
		assertThat(page.locator("table.data").nth(1)).containsText("分解住院");
		Browser.shot(page, "supervision-rules-desktop");

		page.locator("select[name=ruleId]").selectOption("JG001");
		page.locator("select[name=sex]").selectOption("1");
		page.locator("textarea[name=lines]").fill("311201002,05,1,20\n110200001,02,1,10");
		page.locator("form[action$='/supervision/rules/test'] button[type=submit]").click();
		assertThat(page.locator(".alert-info")).containsText("命中 1 条");
		assertThat(page.locator("body")).containsText("限女性使用");
		Browser.shot(page, "supervision-rule-test-desktop");

		// JG004 runs at hospitals and primary care, not at a retail pharmacy
		assertThat(page.locator("table.data tr", new Page.LocatorOptions().setHasText("JG004"))).containsText("基层医疗机构");
		// a county limits 住院天数异常 to general and TCM hospitals and primary care: the
		// types ticked become the rule's (泰溪县, which no other test proposes for)
		page.locator("form[action$='/supervision/rules'] input[name=region]").fill("359924");
		page.locator("form[action$='/supervision/rules'] input[name=ruleId]").fill("JG021");
		page.locator("form[action$='/supervision/rules'] input[name=name]").fill("住院天数异常（县：专科医院除外）");
		page.locator("form[action$='/supervision/rules'] select[name=kind]").selectOption("LONG_STAY");
		page.locator("form[action$='/supervision/rules'] select[name=category]").selectOption("MEDICAL");
		page.locator("form[action$='/supervision/rules'] select[name=resultType]").selectOption("SUSPICIOUS");
		page.locator("form[action$='/supervision/rules'] select[name=timeWindow]").selectOption("VISIT");
		page.locator("form[action$='/supervision/rules'] input[name=scenes]").fill("INPATIENT");
		page.locator("form[action$='/supervision/rules'] input[name=stages]").fill("POST");
		page.locator("form[action$='/supervision/rules'] input[name=parameters]").fill("max_days=45");
		for (String type : new String[] { "GENERAL", "TCM", "PRIMARY" }) {
			page.locator("input[name=types][value=" + type + "]").check();
		}
		Browser.shot(page, "supervision-rule-types-desktop");
		page.locator("form[action$='/supervision/rules'] button[type=submit]").click();
		assertThat(page.locator("table.data tr", new Page.LocatorOptions().setHasText("JG021"))).containsText("中医医院");
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select r.types from sup_rule r join sup_version v on v.id = r.version_id "
					+ "where v.region_code = '359924' and r.rule_id = 'JG021'")
				.query(String.class)
				.single())
			.isEqualTo("GENERAL,TCM,PRIMARY");
		page.context().close();
	}

	@Test
	void bureauSeesSuspicionsPerInstitutionAndACase() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/suspicions"));
		assertThat(page.locator("h1")).hasText("智能审核疑点");
		assertThat(page.locator("body")).containsText("按机构汇总");
		Browser.shot(page, "supervision-suspicions-desktop");
		long id = jdbc.sql("select id from sup_suspicion where kind = 'SPLIT_ADMISSION' order by id limit 1")
			.query(Long.class)
			.single();
		page.navigate(browser.url("/supervision/suspicions/" + id));
		assertThat(page.locator("dl.desc")).containsText("再次入院");
		Browser.shot(page, "supervision-suspicion-desktop");
		page.context().close();
	}

	@Test
	void hospitalClerkReadsItsSuspicionsOnAPhone() {
		Page phone = browser.phone("ybb", "Sanyi@2026");
		phone.navigate(browser.url("/supervision/suspicions"));
		assertThat(phone.locator("h1")).hasText("智能审核疑点");
		assertThat(phone.locator("table.data").last()).containsText("青溪市第一医院");
		Browser.shot(phone, "supervision-suspicions-phone");
		long id = jdbc
			.sql("select id from sup_suspicion where fixmedins_code = 'H35990000001' and status = 'OPEN' "
					+ "order by answer_deadline desc, id desc limit 1")
			.query(Long.class)
			.single();
		phone.navigate(browser.url("/supervision/suspicions/" + id));
		assertThat(phone.locator("button[value=APPEAL]")).isVisible();
		Browser.shot(phone, "supervision-suspicion-phone");
		phone.context().close();

		Page rules = browser.phone("ybj", "Sanyi@2026");
		rules.navigate(browser.url("/supervision/rules"));
		Browser.shot(rules, "supervision-rules-phone");
		rules.context().close();
	}

	@Test
	void aDoctorsFindingsExplainWhyOnDesktopAndPhone() {
		String doctor = jdbc.sql("""
				select doctor from sup_suspicion where fixmedins_code = 'H35990000001' and doctor <> ''
				group by doctor order by count(*) desc, doctor limit 1""").query(String.class).single();
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/doctor"));
		page.locator("input[name=code]").fill(doctor);
		page.locator("form[action$='/supervision/doctor'] button[type=submit]").click();
		assertThat(page.locator("h2").first()).containsText(doctor);
		assertThat(page.locator("body")).containsText("这些规则查什么、怎样避免");
		Browser.shot(page, "supervision-doctor-desktop");
		page.context().close();

		Page phone = browser.phone("ybb", "Sanyi@2026");
		phone.navigate(browser.url("/supervision/doctor?code=" + doctor));
		assertThat(phone.locator("table.data").first()).containsText("青溪市第一医院");
		Browser.shot(phone, "supervision-doctor-phone");
		phone.context().close();
	}

	@Test
	void theHospitalAttachesADocumentToItsNoticeAndTheBureauReadsIt() {
		long notice = jdbc.sql("""
				select b.id from sup_audit_batch b where b.fixmedins_code = 'H35990000001' and b.status = 'SENT'
				and exists (select 1 from sup_suspicion s where s.batch_id = b.id and s.status = 'OPEN')
				order by b.id desc limit 1""").query(Long.class).single();
		Page phone = browser.phone("ybb", "Sanyi@2026");
		phone.navigate(browser.url("/supervision/batches"));
		assertThat(phone.locator("h1")).hasText("疑点告知");
		assertThat(phone.locator("table.data")).containsText("待医院反馈");
		Browser.shot(phone, "supervision-batches-phone");
		phone.navigate(browser.url("/supervision/batches/" + notice));
		assertThat(phone.locator(".sup-notice")).containsText("请于");
		assertThat(phone.locator("body")).containsText("其余疑点全部认可");
		Browser.shot(phone, "supervision-batch-phone");

		long line = jdbc.sql("""
				select s.id from sup_suspicion s where s.batch_id = :b and s.status = 'OPEN'
				and not exists (select 1 from sup_attachment a where a.suspicion_id = s.id)
				order by s.amount desc, s.id limit 1""").param("b", notice).query(Long.class).single();
		phone.navigate(browser.url("/supervision/suspicions/" + line));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		phone.setInputFiles("input[name=file]",
				new com.microsoft.playwright.options.FilePayload("执行记录.txt", "text/plain", "不是图片".getBytes()));
		phone.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
		assertThat(phone.locator(".alert-error")).containsText("SUP-0025");
		phone.setInputFiles("input[name=file]",
				new com.microsoft.playwright.options.FilePayload("执行记录.png", "image/png", png));
		phone.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
		assertThat(phone.locator(".sup-files")).containsText("执行记录.png");
		Browser.shot(phone, "supervision-attachment-phone");
		phone.context().close();

		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/supervision/batches"));
		assertThat(page.locator(".sup-kpis")).containsText("逾期未反馈");
		page.navigate(browser.url("/supervision/batches?status=CLOSED"));
		assertThat(page.locator("table.data")).containsText("已办结");
		Browser.shot(page, "supervision-batches-desktop");
		page.navigate(browser.url("/supervision/batches/" + notice));
		assertThat(page.locator("body")).containsText("延长反馈期限");
		Browser.shot(page, "supervision-batch-desktop");
		page.navigate(browser.url("/supervision/suspicions/" + line));
		String href = page.locator(".sup-files a").first().getAttribute("href");
		var download = page.request().get(browser.url(href));
		org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(download.headers().get("content-disposition"))
			.startsWith("attachment");
		org.assertj.core.api.Assertions.assertThat(download.body()).isEqualTo(png);
		page.context().close();
	}

}
