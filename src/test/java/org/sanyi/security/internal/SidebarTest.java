package org.sanyi.security.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SidebarTest {

	final Sidebar sidebar = new Sidebar(
			List.of(NavigationItem.of(Pillar.SYSTEM, 10, "nav.users", "/security/users", "security:user:list"),
					NavigationItem.of(Pillar.INSURANCE, 110, "nav.drgSchemes", "/drg/schemes", "drg:scheme:list"),
					NavigationItem.of(Pillar.INSURANCE, 10, "nav.settlements", "/insurance/settlements",
							"insurance:settlement:list"),
					NavigationItem.of(Pillar.PHARMA, 10, "nav.bids", "/pharma/bids", "pharma:bid:list"),
					NavigationItem.of(Pillar.PORTAL, 10, "nav.portalHome", "/portal", "identity:portal:own"),
					NavigationItem.of(Pillar.SYSTEM, 40, "nav.apiDocs", "/swagger-ui.html", "security:audit:list",
							"security:token:own")));

	@Test
	void pillarsComeInTheirFixedOrderAndItemsByTheirOrderWhateverTheBeanOrder() {
		var groups = sidebar.groups(user("insurance:settlement:list", "drg:scheme:list", "identity:portal:own",
				"security:user:list", "security:token:own", "pharma:bid:list"));

		assertThat(groups).extracting(Sidebar.Group::pillar)
			.containsExactly(Pillar.PORTAL, Pillar.INSURANCE, Pillar.PHARMA, Pillar.SYSTEM);
		assertThat(groups.get(1).items()).extracting(NavigationItem::path)
			.containsExactly("/insurance/settlements", "/drg/schemes");
		assertThat(groups.get(3).items()).extracting(NavigationItem::path)
			.containsExactly("/security/users", "/swagger-ui.html");
	}

	@Test
	void anItemShowsToHoldersOfAnyOfItsPermissionsAndAnEmptyPillarNotAtAll() {
		var groups = sidebar.groups(user("security:token:own"));

		assertThat(groups).singleElement().satisfies(g -> {
			assertThat(g.pillar()).isEqualTo(Pillar.SYSTEM);
			assertThat(g.items()).extracting(NavigationItem::path).containsExactly("/swagger-ui.html");
		});
		assertThat(sidebar.groups(null)).isEmpty();
	}

	@Test
	void anItemMustNameAPermissionAndAPathFromTheRoot() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NavigationItem.of(Pillar.PHARMA, 10, "nav.bids", "/pharma/bids"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NavigationItem.of(Pillar.PHARMA, 10, "nav.bids", "pharma/bids", "pharma:bid:list"));
	}

	private static TestingAuthenticationToken user(String... permissions) {
		var token = new TestingAuthenticationToken("someone", "secret", permissions);
		token.setAuthenticated(true);
		return token;
	}

}
