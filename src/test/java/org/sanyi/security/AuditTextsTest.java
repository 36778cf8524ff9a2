package org.sanyi.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sanyi.security.web.AuditTextsProbe;

import static org.assertj.core.api.Assertions.assertThat;

/** Details written by the modules read as Chinese on the audit page. */
class AuditTextsTest {

	private final AuditTextsProbe texts = new AuditTextsProbe(Locale.SIMPLIFIED_CHINESE);

	@Test
	void rowsPagesAndFiltersReadAsChineseWithoutNulls() {
		assertThat(texts.detail("page 1, 20 rows")).isEqualTo("第 1 页，20 条");
		assertThat(texts.detail("535 rows; Filter[q=null, institution=, insutype=390, from=2026-01-01]"))
			.isEqualTo("535 条；险种：390；自：2026-01-01");
		assertThat(texts.detail("page 2, 20 rows; Filter[q=null, institution=null, insutype=390, clrType=]"))
			.isEqualTo("第 2 页，20 条；险种：390");
		assertThat(texts.detail("q=张; rows=7")).isEqualTo("检索：张；条数：7");
		assertThat(texts.detail("approved")).isEqualTo("已审核通过");
		assertThat(texts.detail("12 hospitals")).isEqualTo("12 家医院");
		assertThat(texts.resource("drg:case")).isEqualTo("DRG结算清单");
		assertThat(texts.resource("security:audit-chain")).isEqualTo("审计日志校验");
		assertThat(texts.outcome("FAILED:403")).isEqualTo("失败 403");
	}

}
