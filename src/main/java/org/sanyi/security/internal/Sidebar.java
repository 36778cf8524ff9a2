package org.sanyi.security.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The sidebar of every page, built from the modules' {@link NavigationItem} beans: the
 * layout asks {@code @sidebar.groups(#authentication)} for the groups the signed-in user
 * may see.
 */
@Component("sidebar")
public class Sidebar {

	/** One pillar's visible links. */
	public record Group(Pillar pillar, List<NavigationItem> items) {

		public String titleKey() {
			return pillar.titleKey();
		}

	}

	private final List<NavigationItem> items;

	Sidebar(List<NavigationItem> items) {
		this.items = items.stream()
			.sorted(Comparator.comparing(NavigationItem::pillar)
				.thenComparingInt(NavigationItem::order)
				.thenComparing(NavigationItem::path))
			.toList();
	}

	/**
	 * The pillars in their fixed order, each with the user's items in order; pillars
	 * without one are left out.
	 */
	public List<Group> groups(Authentication user) {
		if (user == null || !user.isAuthenticated()) {
			return List.of();
		}
		Set<String> held = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		List<Group> groups = new ArrayList<>();
		for (Pillar pillar : Pillar.values()) {
			List<NavigationItem> visible = items.stream()
				.filter(i -> i.pillar() == pillar && i.visibleTo(held))
				.toList();
			if (!visible.isEmpty()) {
				groups.add(new Group(pillar, visible));
			}
		}
		return groups;
	}

	/** Every item, for tests and documentation. */
	public List<NavigationItem> items() {
		return items;
	}

}
