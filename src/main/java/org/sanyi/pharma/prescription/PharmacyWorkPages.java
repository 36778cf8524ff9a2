package org.sanyi.pharma.prescription;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.pharma.engine.RxState;
import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 双通道与处方流转: the region's 双通道 list, its pharmacies and their stock, and the prescriptions
 * of the user's scope. For a pharmacy's insurance clerk this is the work page: the
 * prescriptions it holds or residents chose it for, with what to do next, and its own
 * stock.
 */
@Controller
class PharmacyWorkPages {

	private final Prescriptions prescriptions;

	private final DualChannel dualChannel;

	private final Registry registry;

	PharmacyWorkPages(Prescriptions prescriptions, DualChannel dualChannel, Registry registry) {
		this.prescriptions = prescriptions;
		this.dualChannel = dualChannel;
		this.registry = registry;
	}

	@GetMapping("/pharma/dual-channel")
	@PreAuthorize("hasAuthority('pharma:rx:view')")
	String page(Model model) {
		DataScope scope = CurrentUsers.scope();
		ScopeFilter filter = ScopeFilter.of(scope);
		boolean pharmacy = scope.kind() == DataScope.Kind.INSTITUTION
				&& dualChannel.pharmacy(scope.institutionCode()).isPresent();
		List<Prescriptions.RxCard> cards = prescriptions.workList(scope, 50);
		// keyed by name: the template indexes the map with each state's name
		Map<String, Integer> counts = new LinkedHashMap<>();
		prescriptions.counts(scope).forEach((state, n) -> counts.put(state.name(), n));
		List<DualChannel.Stock> stock = dualChannel.stock(filter);
		List<DualChannel.Drug> drugs = dualChannel.drugs(filter);
		Set<String> codes = new LinkedHashSet<>();
		cards.forEach(c -> {
			codes.add(c.rx().institutionCode());
			if (c.rx().chosenPharmacy() != null) {
				codes.add(c.rx().chosenPharmacy());
			}
			if (c.rx().holderPharmacy() != null) {
				codes.add(c.rx().holderPharmacy());
			}
		});
		Map<String, String> drugNames = new LinkedHashMap<>();
		drugs.forEach(d -> drugNames.putIfAbsent(d.itemCode(), d.name()));
		model.addAttribute("pharmacyView", pharmacy);
		model.addAttribute("pharmacyName",
				pharmacy ? dualChannel.pharmacy(scope.institutionCode()).orElseThrow().name() : "");
		model.addAttribute("cards", cards);
		model.addAttribute("states", RxState.values());
		model.addAttribute("counts", counts);
		model.addAttribute("drugs", drugs);
		model.addAttribute("drugNames", drugNames);
		model.addAttribute("pharmacies", pharmacy ? List.of() : dualChannel.pharmacies(filter));
		model.addAttribute("stock", stock);
		model.addAttribute("names", names(codes));
		return "pharma/dual-channel";
	}

	private Map<String, String> names(Set<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			names.put(code, registry.institution(code).map(Institution::name).orElse(code));
		}
		return names;
	}

}
