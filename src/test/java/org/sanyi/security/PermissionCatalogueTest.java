package org.sanyi.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.PLATFORM_ADMIN;

class PermissionCatalogueTest {

	@Test
	void permissionsAreLabelledByTheirNameAndKeepTheirDefaultRoles() {
		var catalogue = PermissionCatalogue.of("pharma")
			.permission("pharma:bid:list", PLATFORM_ADMIN, DOCTOR)
			.permission("pharma:bid:approve")
			.retired("pharma:tender:list")
			.build();

		assertThat(catalogue.permissions()).extracting(PermissionCatalogue.Permission::labelKey)
			.containsExactly("permission.pharma.bid.list", "permission.pharma.bid.approve");
		assertThat(catalogue.permissions().getFirst().defaultRoles()).isEqualTo(Set.of(PLATFORM_ADMIN, DOCTOR));
		assertThat(catalogue.permissions().get(1).defaultRoles()).isEmpty();
		assertThat(catalogue.retired()).containsExactly("pharma:tender:list");
	}

	@Test
	void aModuleDeclaresOnlyItsOwnWellFormedPermissions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PermissionCatalogue.of("pharma").permission("insurance:ledger:list", DOCTOR).build())
			.withMessageContaining("pharma:resource:action");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PermissionCatalogue.of("pharma").permission("pharma:Bid:list", DOCTOR).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PermissionCatalogue.of("pharma").permission("pharma:bid", DOCTOR).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PermissionCatalogue.of("pharma").retired("drg:case:list").build());
	}

}
