package org.sanyi.security.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.security.PermissionCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

class PermissionCatalogueSyncTest {

	@Test
	void twoCataloguesOfOneModuleStopTheStart() {
		var pharma = PermissionCatalogue.of("pharma").permission("pharma:bid:list", DOCTOR).build();
		assertThatIllegalStateException()
			.isThrownBy(() -> PermissionCatalogueSync.checkConsistency(List.of(pharma, pharma)))
			.withMessageContaining("two permission catalogues for module pharma");
	}

	@Test
	void aPermissionBothDeclaredAndRetiredStopsTheStart() {
		var pharma = PermissionCatalogue.of("pharma")
			.permission("pharma:bid:list", DOCTOR)
			.retired("pharma:bid:list")
			.build();
		assertThatIllegalStateException().isThrownBy(() -> PermissionCatalogueSync.checkConsistency(List.of(pharma)))
			.withMessageContaining("pharma:bid:list is both declared and retired");
	}

	@Test
	void defaultsAreOneGrantPerRoleAndPermission() {
		var pharma = PermissionCatalogue.of("pharma")
			.permission("pharma:bid:list", DOCTOR, PLATFORM_ADMIN)
			.permission("pharma:bid:approve", PLATFORM_ADMIN)
			.build();
		assertThat(PermissionCatalogueSync.defaults(List.of(pharma))).containsExactlyInAnyOrder(
				new PermissionGrants.Grant("DOCTOR", "pharma:bid:list"),
				new PermissionGrants.Grant("PLATFORM_ADMIN", "pharma:bid:list"),
				new PermissionGrants.Grant("PLATFORM_ADMIN", "pharma:bid:approve"));
	}

}
