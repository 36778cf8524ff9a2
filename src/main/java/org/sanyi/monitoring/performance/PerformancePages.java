package org.sanyi.monitoring.performance;

import java.util.Optional;

import org.sanyi.monitoring.performance.PerformanceIndex.Result;
import org.sanyi.monitoring.performance.PerformanceService.Ranking;
import org.sanyi.monitoring.performance.PerformanceService.Year;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 医院绩效: the six-dimension index of the hospitals in the viewer's region for a year,
 * ranked among hospitals of the same level, and one hospital's rank explained down to the
 * indicator values.
 */
@Controller
class PerformancePages {

	private final PerformanceService performance;

	PerformancePages(PerformanceService performance) {
		this.performance = performance;
	}

	@GetMapping("/monitoring/performance")
	@PreAuthorize("hasAuthority('monitoring:performance:list')")
	String ranking(@RequestParam(required = false) String year, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("years",
				java.util.stream.IntStream
					.rangeClosed(PlatformTime.today().getYear() - 2, PlatformTime.today().getYear())
					.boxed()
					.toList());
		model.addAttribute("data", performance.year(y, CurrentUsers.scope(), LocaleContextHolder.getLocale()));
		return "monitoring/performance";
	}

	@GetMapping("/monitoring/performance/{institution}")
	@PreAuthorize("hasAuthority('monitoring:performance:list')")
	String hospital(@PathVariable String institution, @RequestParam(required = false) String year, Model model) {
		int y = year(year);
		Year data = performance.year(y, CurrentUsers.scope(), LocaleContextHolder.getLocale());
		Ranking ranking = null;
		Result result = null;
		for (Ranking r : data.rankings()) {
			Optional<Result> found = r.results().stream().filter(x -> x.hospital().equals(institution)).findFirst();
			if (found.isPresent()) {
				ranking = r;
				result = found.get();
			}
		}
		if (result == null) {
			throw new BusinessException(PerformanceErrors.HOSPITAL_NOT_RANKED, institution);
		}
		model.addAttribute("year", y);
		model.addAttribute("data", data);
		model.addAttribute("ranking", ranking);
		model.addAttribute("result", result);
		model.addAttribute("hospital", data.hospitals().get(institution));
		return "monitoring/performance-hospital";
	}

	/** 费用/时间消耗指数 of one hospital explained DRG by DRG against its city's means. */
	@GetMapping("/monitoring/performance/{institution}/consumption")
	@PreAuthorize("hasAuthority('monitoring:performance:list')")
	String consumption(@PathVariable String institution, @RequestParam(required = false) String year, Model model) {
		int y = year(year);
		ConsumptionIndices.Explained explained = performance.consumption(institution, y, CurrentUsers.scope())
			.orElseThrow(() -> new BusinessException(PerformanceErrors.HOSPITAL_NOT_RANKED, institution));
		model.addAttribute("year", y);
		model.addAttribute("x", explained);
		model.addAttribute("hospital", explained.hospital());
		return "monitoring/performance-consumption";
	}

	private static int year(String text) {
		int now = PlatformTime.today().getYear();
		if (text == null || text.isBlank()) {
			return now;
		}
		try {
			int y = Integer.parseInt(text.strip());
			if (y >= 2000 && y <= now) {
				return y;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BusinessException(PerformanceErrors.YEAR_INVALID, text);
	}

}
