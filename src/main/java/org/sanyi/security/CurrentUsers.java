package org.sanyi.security;

import java.util.Optional;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the user of the current request. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof UserHolder holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}

	/** The current user, or an access-denied error when nobody is signed in. */
	public static CurrentUser get() {
		return find().orElseThrow(() -> new BusinessException(SharedErrors.ACCESS_DENIED));
	}

	/** The current user's data scope; an anonymous caller sees nothing. */
	public static DataScope scope() {
		return find().map(CurrentUser::scope).orElse(DataScope.self("~"));
	}

	/**
	 * The signed-in resident's reference for the portal's own-data pages; access denied
	 * for anyone who is not a resident.
	 */
	public static String residentRef() {
		String ref = scope().residentRef();
		if (ref == null) {
			throw new BusinessException(SharedErrors.ACCESS_DENIED);
		}
		return ref;
	}

	/**
	 * Implemented by the principal objects the security module puts into the security
	 * context.
	 */
	public interface UserHolder {

		CurrentUser currentUser();

	}

}
