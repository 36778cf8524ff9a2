package org.sanyi.e2e;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.PurchaseOrders.OrderItem;
import org.sanyi.security.DataScope;
import org.sanyi.security.UserAccounts;
import org.sanyi.shared.PlatformTime;
import org.sanyi.security.UserAccounts.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 集采 in a real browser: the rounds, a round's products and bids, demand, the progress
 * dashboard with its heat map and alerts, savings and a 结余留用 computation, on a desktop
 * and on a phone.
 */
class PharmaBrowserIT extends BrowserTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PurchaseOrders orders;

	@Test
	void bureauWalksRoundsProgressAndSavingsOnADesktop() {
		long round = round("GJ-10-359900");
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/pharma/rounds"));
		assertThat(page.locator("h1")).hasText("集采批次");
		assertThat(page.locator("#rounds")).containsText("第十批国家组织药品集中采购");
		Browser.shot(page, "pharma-rounds-desktop");

		page.navigate(browser.url("/pharma/rounds/" + round));
		assertThat(page.locator("#products")).containsText("苯磺酸氨氯地平片");
		Browser.shot(page, "pharma-round-desktop");

		page.navigate(browser.url("/pharma/rounds/" + round + "/demand"));
		assertThat(page.locator("#demands tbody tr").first()).containsText("H3599");
		Browser.shot(page, "pharma-demand-desktop");

		// the end of the first cycle: the second has only begun (阳光采购 orders since
		// November), nobody is behind yet
		page.navigate(browser.url("/pharma/progress?round=" + round + "&asOf=2026-10-31"));
		assertThat(page.locator("#progress-heat canvas")).isVisible();
		assertThat(page.locator("#progress-alerts tbody tr").first()).not().containsText("暂无数据");
		Browser.shot(page, "pharma-progress-desktop");

		page.navigate(browser.url("/pharma/progress?round=" + round + "&by=COUNTY"));
		assertThat(page.locator("#progress-rows")).containsText("县");
		Browser.shot(page, "pharma-progress-county-desktop");

		page.navigate(browser.url("/pharma/savings?round=" + round));
		assertThat(page.locator("#savings-products")).containsText("阿托伐他汀钙片");
		assertThat(page.locator("#retentions")).containsText("已批准");
		Browser.shot(page, "pharma-savings-desktop");

		page.navigate(browser.url("/pharma/savings/" + round + "/retentions/"
				+ jdbc.sql("select id from ph_retention where round_id = :r and status = 'APPROVED'")
					.param("r", round)
					.query(Long.class)
					.single()));
		assertThat(page.locator("#retention-lines tbody tr").first()).not().containsText("暂无数据");
		Browser.shot(page, "pharma-retention-desktop");
		page.context().close();
	}

	@Test
	void hospitalEndsAnOrderTheEnterpriseNeverShipped() {
		// one of the demo's: confirmed, never shipped, ended two days after the day
		// needed
		long lapsed = jdbc.sql("select min(id) from ph_order where status = 'LAPSED'").query(Long.class).single();
		Page bureau = browser.desktop("ybj", PASSWORD);
		bureau.navigate(browser.url("/pharma/orders/" + lapsed));
		assertThat(bureau.locator(".page-head .tag").first()).hasText("逾期未配送已终止");
		assertThat(bureau.locator("dl.desc")).containsText("企业逾期未配送");
		bureau.context().close();

		// 市第一医院 orders on the 1st for the 4th; the enterprise confirms and ships nothing
		var line = jdbc.sql("""
				select o.round_id, l.item_code from ph_order o join ph_order_line l on l.order_id = o.id
				where o.institution_code = 'H35990000001' and o.supplier_code = 'E35990000001'
				order by o.id limit 1""").query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
		LocalDate ordered = PlatformTime.today().minusDays(6);
		long id = orders
			.place(new NewOrder((Long) line[0], "H35990000001", ordered, ordered.plusDays(3),
					List.of(new OrderItem((String) line[1], 20))), DataScope.institution("H35990000001", "359900"),
					"ybb")
			.getFirst();
		orders.confirm(id, ordered, DataScope.institution("E35990000001", "359900"), "qiye");
		Page page = browser.desktop("ybb", PASSWORD);
		page.navigate(browser.url("/pharma/orders/" + id));
		assertThat(page.locator(".tag-danger")).hasText("配送超时");
		assertThat(page.locator("#order-lapse")).isVisible();
		Browser.shot(page, "pharma-order-lapse-desktop");
		page.locator("#order-lapse input[name=reason]").fill("企业逾期未配送，已改向备选中选企业采购");
		page.locator("#order-lapse button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("已终止订单");
		assertThat(page.locator(".page-head .tag").first()).hasText("逾期未配送已终止");
		assertThat(page.locator("#order-lapse")).hasCount(0);
		page.context().close();
	}

	@Test
	void hospitalClerkSeesItsOwnProgressOnAPhone() {
		long round = round("GJ-10-359900");
		Page phone = browser.phone("ybb", PASSWORD);
		phone.navigate(browser.url("/pharma/progress?round=" + round));
		assertThat(phone.locator("h1")).hasText("完成进度");
		assertThat(phone.locator("#progress-rows tbody tr")).hasCount(1);
		Browser.shot(phone, "pharma-progress-phone");
		phone.navigate(browser.url("/pharma/rounds/" + round));
		Browser.shot(phone, "pharma-round-phone");
		phone.navigate(browser.url("/pharma/rounds/" + round + "/demand"));
		Browser.shot(phone, "pharma-demand-phone");
		phone.navigate(browser.url("/pharma/savings?round=" + round));
		Browser.shot(phone, "pharma-savings-phone");
		phone.context().close();
	}

	@Test
	void enterpriseConfirmsAnOrderAndTheBureauSeesWhatTheFundOwes() {
		Page page = browser.desktop("qiye", PASSWORD);
		page.navigate(browser.url("/pharma/orders?filter=all"));
		assertThat(page.locator("h1")).hasText("阳光采购订单");
		assertThat(page.locator("#orders tbody tr").first()).containsText("青溪制药有限公司");
		Browser.shot(page, "pharma-orders-supplier-desktop");
		long submitted = jdbc.sql("""
				select id from ph_order where supplier_code = 'E35990000001' and status = 'SUBMITTED'
				order by institution_code = 'H35990000001' desc, id limit 1""").query(Long.class).single();
		page.navigate(browser.url("/pharma/orders/" + submitted));
		assertThat(page.locator("#order-confirm")).isVisible();
		page.locator("#order-confirm button.btn-success").click();
		assertThat(page.locator(".alert-success")).containsText("已确认订单");
		assertThat(page.locator("#order-ship")).isVisible();
		Browser.shot(page, "pharma-order-ship-desktop");
		// half of the first line from one warehouse, then the rest from another while it
		// travels
		long first = Long.parseLong(page.locator("#order-ship input[name^=ship_]").first().inputValue());
		fillShipment(page, "B2612060");
		page.locator("#order-ship input[name^=ship_]").first().fill(String.valueOf(Math.max(1, first / 2)));
		page.locator("#order-ship button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("已发货");
		assertThat(page.locator("#order-ship h2")).hasText("再发一批（前批在途）");
		assertThat(page.locator("#order-ship input[name^=ship_]")).hasCount(1);
		fillShipment(page, "B2612061");
		page.locator("#order-ship button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("已发货");
		assertThat(page.locator("#order-shipments tbody tr")).hasCount(2);
		assertThat(page.locator("#order-ship")).hasCount(0);
		Browser.shot(page, "pharma-order-two-shipments-supplier-desktop");
		assertThat(page.locator("#order-invoice")).isVisible();
		page.locator("#order-invoice input[name=invoiceNo]").fill("26352000000000000001");
		page.locator("#order-invoice input[name=buyerName]").fill("青溪市第一人民医院");
		page.locator("#order-invoice input[name=amount]").fill("100.00");
		page.locator("#order-invoice input[name=tax]").fill("13.00");
		page.locator("#order-invoice input[name=total]").fill("113.00");
		page.locator("#order-invoice button[type=submit]").click();
		assertThat(page.locator("#order-error")).containsText("PH-0414");
		Browser.shot(page, "pharma-order-invoice-desktop");
		page.context().close();

		// the hospital's pharmacy receives the second shipment first; the first is still
		// on its way
		var buyer = jdbc.sql("select institution_code, institution_region from ph_order where id = :id")
			.param("id", submitted)
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
		String pharmacy = "yjk_" + buyer.get(0).substring(5);
		accounts.ensure(new NewAccount(pharmacy, PASSWORD, "药剂科采购员", "INSURANCE_CLERK", buyer.get(1), buyer.get(0),
				null, null));
		Page clerk = browser.desktop(pharmacy, PASSWORD);
		clerk.navigate(browser.url("/pharma/orders/" + submitted));
		assertThat(clerk.locator("form.ph-receive")).hasCount(2);
		Browser.shot(clerk, "pharma-order-receive-two-desktop");
		// a return needs its reason: refused, both still on their way
		clerk.locator("#order-receive-1 button.btn-danger").click();
		assertThat(clerk.locator("#order-error")).containsText("PH-0412");
		assertThat(clerk.locator("form.ph-receive")).hasCount(2);
		clerk.locator("#order-receive-2 button.btn-success").click();
		assertThat(clerk.locator(".alert-success")).isVisible();
		assertThat(clerk.locator("form.ph-receive")).hasCount(1);
		assertThat(clerk.locator("#order-shipments tbody tr").nth(1)).containsText("已入库");
		clerk.context().close();
		Page clerkPhone = browser.phone(pharmacy, PASSWORD);
		clerkPhone.navigate(browser.url("/pharma/orders/" + submitted));
		assertThat(clerkPhone.locator("#order-receive-1")).isVisible();
		Browser.shot(clerkPhone, "pharma-order-receive-phone");
		clerkPhone.context().close();

		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(distinct o.id) from ph_order o join ph_invoice i on i.order_id = o.id
				where o.status = 'RECEIVED' and i.status = 'SUBMITTED'
				  and greatest(i.submitted_on, o.received_on) + 5 < current_date""").query(Long.class).single())
			.as("the demo's slow hospital has invoices past their check day")
			.isPositive();
		org.assertj.core.api.Assertions
			.assertThat(
					jdbc.sql("select count(*) from ph_invoice where status = 'REJECTED'").query(Long.class).single())
			.as("invoices sent back and issued again")
			.isPositive();
		Page bureau = browser.desktop("ybj", PASSWORD);
		bureau.navigate(browser.url("/pharma/direct-settlement"));
		assertThat(bureau.locator("#payment-balances")).containsText("闽西药业股份有限公司");
		assertThat(bureau.locator("#supplier-list")).containsText("91359900534640977G");
		Browser.shot(bureau, "pharma-direct-settlement-desktop");
		long parts = jdbc.sql("""
				select order_id from ph_shipment group by order_id having count(*) > 1 order by order_id limit 1""")
			.query(Long.class)
			.single();
		bureau.navigate(browser.url("/pharma/orders/" + parts));
		assertThat(bureau.locator("#order-shipments tbody tr")).hasCount(2);
		Browser.shot(bureau, "pharma-order-shipments-desktop");
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from ph_order where status = 'RECEIVED' and note like '%缺货%'")
				.query(Long.class)
				.single())
			.as("an order closed short")
			.isPositive();
		// the orders that ended in November, per enterprise, as the bureau's indicator
		bureau.navigate(browser.url("/monitoring/explain?indicator=supplier_delivery_rate&period=2026-11"));
		assertThat(bureau.locator("h1")).hasText("集采企业配送率");
		assertThat(bureau.locator(".stats")).containsText("分子");
		Browser.shot(bureau, "monitoring-explain-delivery-desktop");
		bureau.navigate(browser.url("/insurance/ledger"));
		assertThat(bureau.locator("#suppliers tbody tr").first()).not().containsText("暂无数据");
		Browser.shot(bureau, "insurance-ledger-suppliers-desktop");
		bureau.context().close();

		Page phone = browser.phone("ybb", PASSWORD);
		phone.navigate(browser.url("/pharma/orders?filter=received"));
		assertThat(phone.locator("#orders tbody tr").first()).containsText("青溪市第一医院");
		Browser.shot(phone, "pharma-orders-phone");
		phone.locator("#orders tbody tr a").first().click();
		assertThat(phone.locator("#order-lots")).isVisible();
		Browser.shot(phone, "pharma-order-phone");
		long waiting = jdbc.sql("""
				select o.id from ph_order o join ph_invoice i on i.order_id = o.id
				where o.institution_code = 'H35990000001' and o.status = 'RECEIVED' and i.status = 'SUBMITTED'
				order by o.id limit 1""").query(Long.class).single();
		phone.navigate(browser.url("/pharma/orders/" + waiting));
		assertThat(phone.locator("#order-unmatched")).containsText("待医疗机构验票");
		Browser.shot(phone, "pharma-order-invoice-check-phone");
		phone.locator(".ph-invoice-check button.btn-success").click();
		assertThat(phone.locator(".alert-success")).containsText("验票通过");
		assertThat(phone.locator("#order-invoices")).containsText("验票通过");
		phone.context().close();
	}

	private long round(String code) {
		return jdbc.sql("select id from ph_round where code = :c").param("c", code).query(Long.class).single();
	}

	/** Batch, expiry and one trace code on every line of the shipment form. */
	private static void fillShipment(Page page, String batch) {
		var batches = page.locator("#order-ship input[name^=batch_]");
		for (int i = 0; i < batches.count(); i++) {
			batches.nth(i).fill(batch + i);
			page.locator("#order-ship input[name^=expiry_]").nth(i).fill("2028-06-30");
			page.locator("#order-ship textarea").nth(i).fill(String.format("%020d", System.nanoTime()));
		}
	}

}
