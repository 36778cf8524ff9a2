package org.sanyi.monitoring.facts;

import java.util.Arrays;
import java.util.List;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.events.EventQueue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 数据接收: what each source has reported to the fact store, and the error queue of facts
 * that were held instead of counted. A regulator sees the held facts of the institutions
 * in their region, a hospital its own; facts naming an institution the registry does not
 * know are the platform administrator's (who alone registers institutions).
 */
@Controller
@PreAuthorize("hasAuthority('monitoring:fact:list')")
class FactPages {

	private final FactRepository facts;

	private final Registry registry;

	private final EventQueue queue;

	private final boolean kafka;

	FactPages(FactRepository facts, Registry registry, EventQueue queue,
			@Value("${sanyi.kafka.bootstrap-servers:}") String kafkaServers) {
		this.facts = facts;
		this.registry = registry;
		this.queue = queue;
		this.kafka = !kafkaServers.isBlank();
	}

	/**
	 * Monitoring's rows of the event queue, for the platform administrator: how many wait
	 * (to be counted, or with Kafka configured to be sent to Kafka by its relay), and
	 * those that failed with their error; with Kafka, how many were left to be counted in
	 * process from before the switch, which nothing takes any more.
	 */
	record Queue(long pending, long failing, List<EventQueue.Failure> failures, boolean kafka, long left) {
	}

	@GetMapping("/monitoring/facts")
	String list(@RequestParam(required = false) String problem, @RequestParam(required = false) Integer page,
			Model model) {
		String filter = Arrays.stream(FactProblem.values())
			.map(Enum::name)
			.filter(n -> n.equals(problem))
			.findFirst()
			.orElse("");
		DataScope scope = CurrentUsers.scope();
		boolean everything = scope.kind() == DataScope.Kind.ALL;
		List<String> institutions = switch (scope.kind()) {
			case ALL -> List.of();
			case REGION ->
				registry.institutionsUnderRegion(scope.regionCode()).stream().map(Institution::code).toList();
			case INSTITUTION -> List.of(scope.institutionCode());
			case SELF -> List.of();
		};
		PageQuery query = PageQuery.of(page, 20);
		long total = facts.countErrors(everything, institutions, filter);
		Page<FactRepository.ErrorRow> rows = query
			.page(facts.errors(everything, institutions, filter, query.offset(), query.size()), total);
		model.addAttribute("sources", facts.sources());
		model.addAttribute("page", rows);
		model.addAttribute("problems", FactProblem.values());
		model.addAttribute("problem", filter);
		if (everything) {
			String consumer = kafka ? FactEvents.KAFKA : FactEvents.FACTS;
			model.addAttribute("queue", new Queue(queue.pending(consumer), queue.failing(consumer),
					queue.failures(consumer, 20), kafka, kafka ? queue.pending(FactEvents.FACTS) : 0));
		}
		return "monitoring/facts";
	}

}
