package org.sanyi.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawler's eye: it sees what the bureau officer reported, and lets codes shown as
 * codes pass.
 */
class ChinesePagesTextTest {

	@Test
	void findsTheCodesTheBureauReported() {
		String before = """
				<table><tr><td class="code">drg:case</td><td>page 1, 20 rows</td><td>535 rows; Filter[q=null, kind=]</td></tr>
				<tr><td>普通门诊 · 在职 · 45–200岁</td><td>BASIC</td><td class="code">0.00:90 | 300000.00</td></tr>
				<tr><td>import 2026-01-01 10:00</td><td>2026-03-01T11:15</td></tr></table>""";

		assertThat(ChinesePagesIT.codesOn("/p", before)).hasSize(8);
	}

	@Test
	void letsCodesAndLabelsThrough() {
		String after = """
				<table><tr><td>DRG结算清单</td><td class="code">ADM_WAY</td><td class="code">ICD10-YB</td><td>DRG</td>
				<td>第 1 页，20 条</td><td>基本统筹封顶线</td><td>45岁及以上（上限不限）</td><td>系统导入 2026-01-01 10:00</td></tr>
				</table><script>var x = null;</script>""";

		assertThat(ChinesePagesIT.codesOn("/p", after)).isEmpty();
	}

	@Test
	void permissionCodesPassOnlyAsCodesOfTheRolesPage() {
		String roles = """
				<table><tr><td>查看行政区划</td><td class="code">registry:region:list</td></tr></table>""";

		assertThat(ChinesePagesIT.codesOn("/security/roles", roles)).isEmpty();
		assertThat(ChinesePagesIT.codesOn("/security/roles", "<p>registry:region:list</p>")).hasSize(1);
		assertThat(ChinesePagesIT.codesOn("/security/audit", roles)).hasSize(1);
	}

}
