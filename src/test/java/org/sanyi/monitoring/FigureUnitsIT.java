package org.sanyi.monitoring;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every monitoring page writes a value by its unit: money with two decimals and 元, counts
 * as whole numbers, rates with the definition's decimals (found in review: the
 * explanation showed 6,622,461.7 and 1,261,327 without 元).
 */
@IntegrationTest
class FigureUnitsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExplanationShowsYuanWithTwoDecimalsAndCountsAsWholeNumbers() {
		AwaitEvents.statisticsHistory(jdbc, 24);
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> drugs = wjw.get("/monitoring/explain?indicator=drug_ratio&area=R359900&period=2026-10");
		HttpResponse<String> inpatient = wjw
			.get("/monitoring/explain?indicator=inpatient_cost&area=R359900&period=2026-10");

		assertThat(drugs.body()).containsPattern("<div class=\"value\">\\d{1,3}(,\\d{3})*\\.\\d{2} 元</div>")
			.containsPattern("<div class=\"value\">\\d{1,2}\\.\\d{2}%</div>")
			.doesNotContainPattern("<td class=\"num\">\\d{1,3}(,\\d{3})*\\.\\d</td>");
		assertThat(inpatient.body()).containsPattern("<td class=\"num\">\\d{1,3}(,\\d{3})* 人次</td>")
			.containsPattern("<div class=\"value\">\\d{1,3}(,\\d{3})*\\.\\d{2} 元</div>");
	}

	@Test
	void theHomeFiguresOfTheBureauShowMoneyInYuanAndTodaysSettlements() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		String panel = ybj.get("/monitoring/home").body();
		String today = ybj.get("/monitoring/screen/today").body();

		assertThat(panel).containsPattern("<div class=\"value\">\\d{1,3}(,\\d{3})*\\.\\d{2} 元</div>")
			.contains("/monitoring/screen/today");
		assertThat(today).contains("今日", "基金支付", "/monitoring/screen", "/monitoring/zone/flows");
	}

	/**
	 * The demo's statistics history is imported in the background: wait for its 24
	 * months.
	 */

}
