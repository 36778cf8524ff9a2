package org.sanyi.shared.web;

import java.time.ZoneId;
import java.util.Set;

import org.sanyi.shared.PlatformTime;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code #actors} in every template: {@code ${#actors.name(r.proposedBy)}} shows a system
 * actor (the importer, the scheduler) by its label (系统导入, 系统) and a person by the
 * username.
 * <p>
 * {@code #times} in every template: {@code ${#times.minute(s.settledAt)}} shows any
 * instant, offset or local time in the platform's zone ({@code sanyi.time-zone}), and
 * {@code ${#times.zone()}} names that zone for column headers ("北京时间"). Templates use
 * this instead of {@code #temporals}, which would show an instant in UTC.
 */
@Component
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final MessageSource messages;

	PageDialect(@Value("${sanyi.time-zone:Asia/Shanghai}") String zone, MessageSource messages) {
		super("sanyi-pages");
		this.messages = messages;
		PlatformTime.use(ZoneId.of(zone));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("times", "actors");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return "actors".equals(name) ? new Actors(messages, context.getLocale())
						: new Times(messages, context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return false;
			}
		};
	}

	/** What {@code #times} offers a template. */
	public record Times(MessageSource messages, java.util.Locale locale) {

		public String second(Object time) {
			return PlatformTime.second(time);
		}

		public String minute(Object time) {
			return PlatformTime.minute(time);
		}

		public String date(Object time) {
			return PlatformTime.date(time);
		}

		public String time(Object time) {
			return PlatformTime.time(time);
		}

		/** The zone's name for a reader: 北京时间 for Asia/Shanghai, otherwise its id. */
		public String zone() {
			return TimeLabels.zone(messages, locale);
		}

		/** A column header naming the zone its times are in: 时间（北京时间）. */
		public String column(String header) {
			return TimeLabels.column(messages, locale, header);
		}

	}

	/** What {@code #actors} offers a template. */
	public record Actors(MessageSource messages, java.util.Locale locale) {

		/**
		 * 系统导入 for {@code import}, 系统 for {@code system}; any other name as it is; empty
		 * for null.
		 */
		public String name(String username) {
			return username == null ? "" : messages.getMessage("actor." + username, null, username, locale);
		}

	}

}
