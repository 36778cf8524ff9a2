package org.sanyi.identity.consent;

import java.util.Optional;

import org.sanyi.identity.RecordAccess;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * {@link RecordAccess} over {@link ResidentAccess}. A regulator's or insurance officer's
 * regional view of residents does not extend to clinical content, so REGION is refused
 * here.
 */
@Service
class RecordAccessService implements RecordAccess {

	private final ResidentAccess access;

	RecordAccessService(ResidentAccess access) {
		this.access = access;
	}

	@Override
	public Optional<RecordAccess.Basis> open(String residentId, String breakGlassReason, String what) {
		CurrentUser user = CurrentUsers.get();
		boolean breakGlass = breakGlassReason != null && !breakGlassReason.isBlank();
		Optional<ResidentAccess.Basis> basis = access.basis(user, residentId, breakGlass);
		if (basis.isEmpty() || basis.get() == ResidentAccess.Basis.REGION) {
			return Optional.empty();
		}
		ResidentAccess.Basis b = basis.get();
		access.recordRead(user, residentId, b, what,
				b == ResidentAccess.Basis.BREAK_GLASS ? breakGlassReason.strip() : null);
		return Optional.of(RecordAccess.Basis.valueOf(b.name()));
	}

}
