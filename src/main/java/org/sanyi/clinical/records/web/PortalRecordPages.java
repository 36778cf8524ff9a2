package org.sanyi.clinical.records.web;

import org.sanyi.clinical.records.read.RecordQueries;
import org.sanyi.clinical.records.read.RecordQueries.Opened;
import org.sanyi.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The resident's own 检查报告 (results, reports, imaging, trends) and 电子病历 (visits,
 * diagnoses, medicines, documents).
 */
@Controller
@PreAuthorize("hasAuthority('records:portal:own')")
class PortalRecordPages {

	private final RecordQueries queries;

	private final RecordLoader loader;

	PortalRecordPages(RecordQueries queries, RecordLoader loader) {
		this.queries = queries;
		this.loader = loader;
	}

	private Opened own(String what) {
		String me = CurrentUsers.residentRef();
		return queries.open(me, null, what);
	}

	@GetMapping("/portal/records")
	String records(Model model) {
		model.addAttribute("view", loader.view(own("own medical records")));
		return "records/portal-records";
	}

	@GetMapping("/portal/reports")
	String reports(Model model) {
		var view = loader.view(own("own reports"));
		model.addAttribute("view", view);
		model.addAttribute("charts", view.trends().stream().map(RecordLoader::chartData).toList());
		return "records/portal-reports";
	}

}
