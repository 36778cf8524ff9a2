package org.sanyi.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.internal.Sidebar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sidebar built from the modules' {@link NavigationItem} beans shows every demo role
 * exactly the links the hand-written layout showed before (captured from it, in order,
 * with the group titles).
 */
@IntegrationTest
class SidebarIT {

	/**
	 * The city's and the county's health commission see the same links (their data
	 * differ).
	 */
	static final String HEALTH_COMMISSION = """
			/ 首页
			# 医疗
			/identity/residents 居民主索引
			/identity/deaths 死亡登记
			/identity/review 主索引待复核
			/identity/break-glass 紧急调阅复核
			/familydoctor/contracts 家庭医生签约
			/familydoctor/centre 慢病分级管理
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/drg/schemes DRG分组方案
			/drg/report 医院DRG结算
			/drg/params DRG权重与费率
			/supervision/rules 基金监管规则库
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/pricing 腾笼换鸟
			/pharma/dual-channel 双通道与处方流转
			/pharma/drug-use 合理用药
			/pharma/review-rules 审方规则
			/pharma/rx-reviews 处方点评
			/pharma/resistance 细菌耐药监测
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/screen 一屏观医
			/monitoring/zone/flows 医保数据专区
			/monitoring/alerts 指标预警
			/monitoring/definitions 指标定义
			/monitoring/reports 报表填报
			/monitoring/quality 数据质量
			/monitoring/performance 医院绩效
			/monitoring/facts 数据接收
			# 系统管理
			/security/audit 审计日志
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			""";

	/** Group titles as {@code # title}, links as {@code path text}, in page order. */
	static final Map<String, String> BEFORE = Map.ofEntries(entry("admin", """
			/ 首页
			# 医疗
			/identity/residents 居民主索引
			/identity/deaths 死亡登记
			/identity/review 主索引待复核
			/identity/break-glass 紧急调阅复核
			/identity/parameters 主索引匹配参数
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/insurance/statements 机构对账
			/insurance/policies 政策参数
			/insurance/budgets 总额预算
			/insurance/ledger 基金账务
			/insurance/reconciliation 对账结果
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/drg/report 医院DRG结算
			/drg/params DRG权重与费率
			/supervision/rules 基金监管规则库
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/pricing 腾笼换鸟
			/pharma/dual-channel 双通道与处方流转
			/pharma/drug-use 合理用药
			/pharma/review-rules 审方规则
			/pharma/rx-reviews 处方点评
			/pharma/resistance 细菌耐药监测
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/screen 一屏观医
			/monitoring/zone/flows 医保数据专区
			/monitoring/alerts 指标预警
			/monitoring/reports 报表填报
			/monitoring/quality 数据质量
			/monitoring/performance 医院绩效
			/monitoring/facts 数据接收
			# 系统管理
			/security/users 用户管理
			/security/audit 审计日志
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("wjw", HEALTH_COMMISSION), entry("wjw_county", HEALTH_COMMISSION), entry("ybj", """
			/ 首页
			# 医疗
			/identity/deaths 死亡登记
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/insurance/policies 政策参数
			/insurance/budgets 总额预算
			/insurance/ledger 基金账务
			/insurance/reconciliation 对账结果
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/drg/report 医院DRG结算
			/drg/params DRG权重与费率
			/supervision/rules 基金监管规则库
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/pricing 腾笼换鸟
			/pharma/dual-channel 双通道与处方流转
			/pharma/drug-use 合理用药
			/pharma/review-rules 审方规则
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/screen 一屏观医
			/monitoring/zone/flows 医保数据专区
			/monitoring/alerts 指标预警
			/monitoring/reports 报表填报
			/monitoring/quality 数据质量
			/monitoring/facts 数据接收
			# 系统管理
			/security/audit 审计日志
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("ybj_county", """
			/ 首页
			# 医疗
			/identity/deaths 死亡登记
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/insurance/policies 政策参数
			/insurance/budgets 总额预算
			/insurance/ledger 基金账务
			/insurance/reconciliation 对账结果
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/drg/report 医院DRG结算
			/drg/params DRG权重与费率
			/supervision/rules 基金监管规则库
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/pricing 腾笼换鸟
			/pharma/dual-channel 双通道与处方流转
			/pharma/drug-use 合理用药
			/pharma/review-rules 审方规则
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/screen 一屏观医
			/monitoring/zone/flows 医保数据专区
			/monitoring/alerts 指标预警
			/monitoring/reports 报表填报
			/monitoring/quality 数据质量
			/monitoring/facts 数据接收
			# 系统管理
			/security/audit 审计日志
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("doctor", """
			/ 首页
			# 医疗
			/appointment/queue 候诊队列
			/referral 双向转诊
			/familydoctor 家庭医生工作台
			/familydoctor/contracts 家庭医生签约
			/familydoctor/centre 慢病分级管理
			/online 互联网医院
			/online/plans 出院随访
			/clinical/records 共享健康档案
			/clinical/recognition 检查检验结果互认
			/clinical/imaging 远程影像诊断
			/clinical/consultations 远程会诊
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/supervision/doctor 医师审核疑点
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/dual-channel 双通道与处方流转
			/pharma/review-rules 审方规则
			/pharma/rx-reviews 处方点评
			/pharma/resistance 细菌耐药监测
			# 监管
			/monitoring/indicators 指标监测
			# 系统管理
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("ybb", """
			/ 首页
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/insurance/statements 机构对账
			/insurance/budgets 总额预算
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/drg/report 医院DRG结算
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/dual-channel 双通道与处方流转
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/reports 报表填报
			# 系统管理
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("ybj_audit", """
			/ 首页
			# 医疗
			/identity/deaths 死亡登记
			# 基础数据
			/registry/regions 行政区划
			/registry/institutions 医疗机构
			/registry/alliances 医联体
			/terminology/systems 标准编码
			/terminology/catalogue 医保目录
			# 医保
			/insurance/settlements 结算查询
			/insurance/policies 政策参数
			/insurance/budgets 总额预算
			/insurance/ledger 基金账务
			/insurance/reconciliation 对账结果
			/drg/schemes DRG分组方案
			/drg/group DRG分组
			/drg/cases 结算清单
			/drg/report 医院DRG结算
			/drg/params DRG权重与费率
			/supervision/rules 基金监管规则库
			/supervision/suspicions 智能审核疑点
			/supervision/batches 疑点告知
			/supervision/doctor 医师审核疑点
			/supervision/statistics 基金监管统计
			# 医药
			/pharma/rounds 集采批次
			/pharma/progress 完成进度
			/pharma/orders 阳光采购订单
			/pharma/direct-settlement 医保基金直接结算
			/pharma/savings 节约与结余留用
			/pharma/pricing 腾笼换鸟
			/pharma/dual-channel 双通道与处方流转
			/pharma/drug-use 合理用药
			/pharma/review-rules 审方规则
			# 监管
			/monitoring/indicators 指标监测
			/monitoring/screen 一屏观医
			/monitoring/zone/flows 医保数据专区
			/monitoring/alerts 指标预警
			/monitoring/reports 报表填报
			/monitoring/quality 数据质量
			/monitoring/facts 数据接收
			# 系统管理
			/security/audit 审计日志
			/security/tokens 接口令牌
			/swagger-ui.html 接口文档
			"""), entry("resident", """
			/ 首页
			# 我的健康
			/portal 健康服务
			/portal/code 我的健康码
			/portal/appointments/book 预约挂号
			/portal/appointments 我的预约
			/portal/referrals 我的转诊
			/portal/family-doctor 家庭医生
			/portal/online 在线复诊
			/portal/insurance 我的医保
			/portal/records 检查报告与病历
			/portal/prescriptions 我的处方
			/portal/consents 授权管理
			/portal/access 查阅记录
			"""));

	static final Pattern NAV = Pattern.compile("<nav class=\"sidebar\">(.*?)</nav>", Pattern.DOTALL);

	static final Pattern ENTRY = Pattern
		.compile("<div class=\"nav-title\">([^<]*)</div>|<a [^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>");

	@LocalServerPort
	int port;

	@Autowired
	Sidebar sidebar;

	@Autowired
	MessageSource messages;

	@Test
	void everyDemoRoleSeesTheSameLinksAsWithTheHandWrittenLayout() {
		for (var role : BEFORE.entrySet()) {
			assertThat(sidebarOf(role.getKey())).as("sidebar of %s", role.getKey())
				.containsExactlyElementsOf(role.getValue().lines().toList());
		}
	}

	@Test
	void everyItemAndPillarHasAChineseAndAnEnglishLabel() {
		List<String> keys = new ArrayList<>();
		sidebar.items().forEach(i -> keys.add(i.labelKey()));
		for (var pillar : NavigationItem.Pillar.values()) {
			keys.add(pillar.titleKey());
		}
		for (String key : keys) {
			String zh = messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
			assertThat(zh).as(key).containsPattern("\\p{IsHan}");
			assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as(key).doesNotContainPattern("\\p{IsHan}");
		}
	}

	/** The sidebar of the page a user lands on after signing in. */
	List<String> sidebarOf(String user) {
		HttpSession session = HttpSession.loggedIn(port, user, "Sanyi@2026");
		HttpResponse<String> page = session.get("/");
		if (page.statusCode() == 302) {
			page = session.get(page.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
		}
		Matcher nav = NAV.matcher(page.body());
		assertThat(nav.find()).as("sidebar on the landing page of %s", user).isTrue();
		List<String> lines = new ArrayList<>();
		Matcher m = ENTRY.matcher(nav.group(1));
		while (m.find()) {
			lines.add(m.group(1) != null ? "# " + m.group(1).strip() : m.group(2) + " " + m.group(3).strip());
		}
		return lines;
	}

}
