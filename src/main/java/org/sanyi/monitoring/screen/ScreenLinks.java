package org.sanyi.monitoring.screen;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.sanyi.monitoring.ScreenErrors;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.screen.ScreenLinkRepository.Link;
import org.sanyi.security.DataScope;
import org.sanyi.security.KeyVault;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed read-only links to a big screen, for a wall display that nobody signs in to: a
 * regulator issues one for an area they may see, with a label and a validity; the token
 * is an HMAC over the link's id, expiry and area under a key kept in the key vault. A
 * link stops working when it expires, when it is revoked (its row), or for every link at
 * once when {@code sanyi.monitoring.screen.key-generation} is raised (a new key).
 */
@Service
class ScreenLinks {

	static final int MAX_DAYS = 365;

	private final ScreenLinkRepository links;

	private final KeyVault vault;

	private final Areas areas;

	private final int keyGeneration;

	ScreenLinks(ScreenLinkRepository links, KeyVault vault, Areas areas,
			@Value("${sanyi.monitoring.screen.key-generation:1}") int keyGeneration) {
		this.links = links;
		this.vault = vault;
		this.areas = areas;
		this.keyGeneration = keyGeneration;
	}

	/** A link just issued: its token is shown once and never stored. */
	record Issued(long id, String token) {
	}

	@Transactional
	Issued issue(String areaKey, String label, int days, DataScope scope, String by) {
		Area area = screenArea(areas.resolve(areaKey, scope));
		String text = label == null ? "" : label.strip();
		if (text.isEmpty() || text.length() > 60 || days < 1 || days > MAX_DAYS) {
			throw new BusinessException(ScreenErrors.LINK_FIELD, MAX_DAYS);
		}
		OffsetDateTime expires = OffsetDateTime.now().plusDays(days).truncatedTo(ChronoUnit.SECONDS);
		long id = links.insert(area.key(), area.regionCode(), text, expires, by);
		return new Issued(id, LinkSignature.token(key(), id, expires.toEpochSecond(), area.key()));
	}

	/** The area a token opens, or {@link ScreenErrors#LINK_INVALID}. */
	Opened open(String token) {
		LinkSignature.Claim claim = LinkSignature.parse(token).orElseThrow(ScreenLinks::invalid);
		Link link = links.find(claim.id()).orElseThrow(ScreenLinks::invalid);
		if (!LinkSignature.valid(key(), claim, link.areaKey())
				|| link.expiresAt().toEpochSecond() != claim.expiresEpoch() || !link.usable(OffsetDateTime.now())) {
			throw invalid();
		}
		return new Opened(link.id(), areas.resolve(link.areaKey(), DataScope.all()));
	}

	/** A link that opened: its id (for the audit) and area. */
	record Opened(long id, Area area) {
	}

	List<Link> list(DataScope scope) {
		return links.list(scope.kind() == DataScope.Kind.ALL ? "" : scope.regionPrefix());
	}

	@Transactional
	void revoke(long id, DataScope scope, String by) {
		Link link = links.find(id)
			.filter(l -> scope.kind() == DataScope.Kind.ALL || scope.coversRegion(l.areaRegion()))
			.orElseThrow(() -> new BusinessException(ScreenErrors.LINK_NOT_FOUND, id));
		links.revoke(link.id(), by);
	}

	/** The big screen is for the platform or a region. */
	static Area screenArea(Area area) {
		if (area.kind() != Area.Kind.PLATFORM && area.kind() != Area.Kind.REGION) {
			throw new BusinessException(ScreenErrors.SCREEN_AREA, area.key());
		}
		return area;
	}

	private byte[] key() {
		return vault.dataKey("monitoring.screen.link.g" + keyGeneration);
	}

	private static BusinessException invalid() {
		return new BusinessException(ScreenErrors.LINK_INVALID);
	}

}
