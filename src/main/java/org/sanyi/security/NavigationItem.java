package org.sanyi.security;

import java.util.Arrays;
import java.util.Set;

/**
 * A link of the sidebar, declared by the module that serves the page as a Spring bean.
 * The sidebar groups the items by {@link Pillar} in the pillars' order, sorts them by
 * {@code order} within a pillar, and shows an item only to users holding at least one of
 * its permissions; a pillar without a visible item is not shown.
 *
 * <pre>{@code
 * &#64;Bean
 * NavigationItem registryRegions() {
 *     return NavigationItem.of(Pillar.BASE, 10, "nav.regions", "/registry/regions", "registry:region:list");
 * }
 * }</pre>
 *
 * @param pillar the sidebar group
 * @param order place within the group, ascending; modules sharing a pillar leave gaps
 * (10, 20, ...) for each other
 * @param labelKey message key of the link's text
 * @param path where it leads, from the application's root
 * @param permissions the item shows to a user holding any of them
 */
public record NavigationItem(Pillar pillar, int order, String labelKey, String path, Set<String> permissions) {

	public NavigationItem {
		if (pillar == null || labelKey == null || labelKey.isBlank() || path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException(
					"a navigation item needs a pillar, a label key and a path from /: " + labelKey + " " + path);
		}
		if (permissions.isEmpty()) {
			throw new IllegalArgumentException("navigation item " + path + " names no permission");
		}
		permissions = Set.copyOf(permissions);
	}

	public static NavigationItem of(Pillar pillar, int order, String labelKey, String path, String... anyOf) {
		return new NavigationItem(pillar, order, labelKey, path, Set.copyOf(Arrays.asList(anyOf)));
	}

	public boolean visibleTo(Set<String> held) {
		return permissions.stream().anyMatch(held::contains);
	}

	/** The sidebar's groups, in the order they are shown. */
	public enum Pillar {

		/** 我的健康: the resident's portal. */
		PORTAL("nav.portal"),

		/** 医疗: medical services. */
		MEDICAL("nav.medical"),

		/** 基础数据: registry and terminology that all pillars read. */
		BASE("nav.base"),

		/** 医保: medical insurance. */
		INSURANCE("nav.insurance"),

		/** 医药: pharmaceuticals. */
		PHARMA("nav.pharma"),

		/** 监管: supervision and monitoring. */
		REGULATION("nav.regulation"),

		/** 系统管理: users, audit, tokens. */
		SYSTEM("nav.system");

		private final String titleKey;

		Pillar(String titleKey) {
			this.titleKey = titleKey;
		}

		public String titleKey() {
			return titleKey;
		}

	}

}
