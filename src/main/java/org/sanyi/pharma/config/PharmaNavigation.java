package org.sanyi.pharma.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 集采 and 双通道 pages under 医药, and 我的处方 in the resident portal. */
@Configuration(proxyBeanMethods = false)
class PharmaNavigation {

	@Bean
	NavigationItem pharmaRoundsLink() {
		return NavigationItem.of(Pillar.PHARMA, 10, "nav.pharma.rounds", "/pharma/rounds", "pharma:round:list");
	}

	@Bean
	NavigationItem pharmaProgressLink() {
		return NavigationItem.of(Pillar.PHARMA, 20, "nav.pharma.progress", "/pharma/progress", "pharma:progress:view");
	}

	@Bean
	NavigationItem pharmaOrdersLink() {
		return NavigationItem.of(Pillar.PHARMA, 25, "nav.pharma.orders", "/pharma/orders", "pharma:order:view");
	}

	@Bean
	NavigationItem pharmaDirectSettlementLink() {
		return NavigationItem.of(Pillar.PHARMA, 27, "nav.pharma.directSettlement", "/pharma/direct-settlement",
				"pharma:payment:view");
	}

	@Bean
	NavigationItem pharmaSavingsLink() {
		return NavigationItem.of(Pillar.PHARMA, 30, "nav.pharma.savings", "/pharma/savings", "pharma:savings:view");
	}

	@Bean
	NavigationItem pharmaPricingLink() {
		return NavigationItem.of(Pillar.PHARMA, 40, "nav.pharma.pricing", "/pharma/pricing", "pharma:pricing:view");
	}

	@Bean
	NavigationItem pharmaDualChannelLink() {
		return NavigationItem.of(Pillar.PHARMA, 45, "nav.pharma.dualChannel", "/pharma/dual-channel", "pharma:rx:view");
	}

	@Bean
	NavigationItem pharmaRxVerifyLink() {
		return NavigationItem.of(Pillar.PHARMA, 47, "nav.pharma.rxVerify", "/pharma/rx-verify", "pharma:rx:verify");
	}

	@Bean
	NavigationItem pharmaDrugUseLink() {
		return NavigationItem.of(Pillar.PHARMA, 50, "nav.pharma.drugUse", "/pharma/drug-use", "pharma:druguse:view");
	}

	@Bean
	NavigationItem pharmaReviewRulesLink() {
		return NavigationItem.of(Pillar.PHARMA, 52, "nav.pharma.reviewRules", "/pharma/review-rules",
				"pharma:rxrule:view");
	}

	@Bean
	NavigationItem pharmaRxReviewLink() {
		return NavigationItem.of(Pillar.PHARMA, 55, "nav.pharma.rxReviews", "/pharma/rx-reviews",
				"pharma:rxreview:view");
	}

	@Bean
	NavigationItem pharmaResistanceLink() {
		return NavigationItem.of(Pillar.PHARMA, 60, "nav.pharma.resistance", "/pharma/resistance",
				"pharma:resistance:view");
	}

	@Bean
	NavigationItem portalPrescriptionsLink() {
		return NavigationItem.of(Pillar.PORTAL, 37, "nav.pharma.myPrescriptions", "/portal/prescriptions",
				"pharma:rx:own");
	}

}
