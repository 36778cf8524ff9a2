package org.sanyi.pharma.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 集采批次: the rounds of the user's region, one round's products and winning bids, and the
 * forms that add them.
 */
@Controller
class RoundPages {

	private final Rounds rounds;

	private final AuditLog audit;

	private final PageMessages messages;

	RoundPages(Rounds rounds, AuditLog audit, PageMessages messages) {
		this.rounds = rounds;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/pharma/rounds")
	@PreAuthorize("hasAuthority('pharma:round:list')")
	String list(Model model) {
		model.addAttribute("rounds", rounds.visible(CurrentUsers.scope()));
		model.addAttribute("levels", Level.values());
		model.addAttribute("kinds", Kind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", defaultForm(CurrentUsers.scope()));
		}
		return "pharma/rounds";
	}

	private static Map<String, String> defaultForm(DataScope scope) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("regionCode", scope.kind() == DataScope.Kind.REGION ? scope.regionCode() : "");
		form.put("startDate", PlatformTime.today().withDayOfMonth(1).plusMonths(1).toString());
		form.put("cycleMonths", "12");
		form.put("agreedRatio", "0.80");
		form.put("fewWinnersRatio", "0.60");
		form.put("demandFloor", "0.80");
		form.put("alertGap", "0.10");
		form.put("insuranceShare", "0.70");
		form.put("retentionRatio", "0.50");
		return form;
	}

	@PostMapping("/pharma/rounds")
	@PreAuthorize("hasAuthority('pharma:round:edit')")
	String create(@RequestParam Map<String, String> form, Model model) {
		CurrentUser user = CurrentUsers.get();
		try {
			NewRound r = new NewRound(Forms.text(form, "code"), Forms.text(form, "name"),
					Forms.choice(form, "level", Level.class), Forms.choice(form, "kind", Kind.class),
					Forms.text(form, "batchNo"), Forms.text(form, "regionCode"), Forms.date(form, "startDate"),
					(int) Forms.whole(form, "cycleMonths"), Forms.decimal(form, "agreedRatio"),
					Forms.decimal(form, "fewWinnersRatio"), Forms.decimal(form, "demandFloor"),
					Forms.decimal(form, "alertGap"), Forms.decimal(form, "insuranceShare"),
					Forms.decimal(form, "retentionRatio"));
			long id = rounds.create(r, user.scope(), user.username());
			audit.describe("pharma:round", String.valueOf(id), "created " + r.code());
			return "redirect:/pharma/rounds/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		model.addAttribute("form", form);
		return list(model);
	}

	@GetMapping("/pharma/rounds/{id}")
	@PreAuthorize("hasAuthority('pharma:round:list')")
	String round(@PathVariable long id, Model model) {
		RoundRow round = rounds.get(id, CurrentUsers.scope());
		model.addAttribute("round", round);
		model.addAttribute("products", rounds.products(id));
		model.addAttribute("bids", rounds.bids(id));
		model.addAttribute("items", rounds.items(id));
		model.addAttribute("cycleEnd", round.cycleEnd(1));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "pharma/round";
	}

	@PostMapping("/pharma/rounds/{id}/products")
	@PreAuthorize("hasAuthority('pharma:round:edit')")
	String addProduct(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		RoundRow round = rounds.get(id, CurrentUsers.scope());
		try {
			String others = Forms.text(form, "otherItems");
			NewProduct p = new NewProduct(Forms.text(form, "genericName"), Forms.text(form, "dosageForm"),
					Forms.text(form, "specification"), Forms.text(form, "comparableUnit"),
					Forms.decimal(form, "preRoundPrice"),
					others == null ? List.of() : List.of(others.split("[\\s,，;；]+")));
			long product = rounds.addProduct(round, p);
			audit.describe("pharma:product", String.valueOf(product), "round " + round.code() + ": " + p.genericName());
			redirect.addFlashAttribute("notice", messages.text("pharma.product.added", p.genericName()));
			return "redirect:/pharma/rounds/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return round(id, model);
		}
	}

	@PostMapping("/pharma/rounds/{id}/bids")
	@PreAuthorize("hasAuthority('pharma:round:edit')")
	String addBid(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		RoundRow round = rounds.get(id, CurrentUsers.scope());
		try {
			NewBid b = new NewBid(Forms.whole(form, "productId"), Forms.text(form, "enterprise"),
					Forms.text(form, "itemCode"), Forms.decimal(form, "winningPrice"),
					"on".equals(form.get("riseFlagged")) || "true".equals(form.get("riseFlagged")),
					Forms.text(form, "riseReason"), Forms.text(form, "supplyRegions"));
			long bid = rounds.addBid(round, b, CurrentUsers.get().username());
			audit.describe("pharma:bid", String.valueOf(bid),
					"round " + round.code() + ": " + b.itemCode() + " at " + b.winningPrice().toPlainString());
			redirect.addFlashAttribute("notice", messages.text("pharma.bid.added", b.enterprise()));
			return "redirect:/pharma/rounds/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return round(id, model);
		}
	}

}
