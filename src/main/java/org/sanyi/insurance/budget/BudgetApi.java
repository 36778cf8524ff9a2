package org.sanyi.insurance.budget;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.insurance.budget.BudgetStatements.Detail;
import org.sanyi.insurance.budget.BudgetStatements.Summary;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.Page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST reads of the global budgets within the caller's data scope (the same data as the
 * 总额预算 pages).
 */
@RestController
@RequestMapping("/api/insurance/budgets")
@Tag(name = "insurance", description = "医保 settlements and reconciliation, within the caller's data scope")
class BudgetApi {

	private final BudgetVersions versions;

	private final BudgetStatements statements;

	BudgetApi(BudgetVersions versions, BudgetStatements statements) {
		this.versions = versions;
		this.statements = statements;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('insurance:budget:list')")
	@Operation(summary = "Global budgets (approved and pending versions) with spend and advances so far")
	Page<Summary> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String fund) {
		List<Summary> rows = statements.list(CurrentUsers.scope(), year, fund == null || fund.isBlank() ? null : fund);
		return new Page<>(rows, rows.size(), 1, Math.max(1, rows.size()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('insurance:budget:list')")
	@Operation(summary = "One budget: terms, months (budget, advances, spend), members' spend, year-end result")
	Detail detail(@PathVariable long id) {
		return statements.detail(versions.get(id, CurrentUsers.scope()));
	}

}
