package org.sanyi.registry;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of registry writes; messages {@code error.REG-nnnn} in
 * messages/registry*.properties.
 */
public enum RegistryErrors implements ErrorCode {

	/**
	 * The parent region named (or implied by the code) does not exist. Args: region,
	 * parent.
	 */
	UNKNOWN_PARENT_REGION("REG-0001", HttpStatus.BAD_REQUEST),
	/**
	 * The region code is not one level below its parent or does not start with the
	 * parent's prefix.
	 */
	REGION_LEVEL_MISMATCH("REG-0002", HttpStatus.BAD_REQUEST),
	/** Args: region code. */
	DUPLICATE_REGION("REG-0003", HttpStatus.CONFLICT),
	/** Not H/P + 6-digit division code + 5 digits. Args: code. */
	INVALID_INSTITUTION_CODE("REG-0004", HttpStatus.BAD_REQUEST),
	/** Args: institution code. */
	DUPLICATE_INSTITUTION("REG-0005", HttpStatus.CONFLICT),
	/** A record names a region that does not exist. Args: record, region code. */
	UNKNOWN_REGION("REG-0006", HttpStatus.BAD_REQUEST),
	/**
	 * A record names an institution that does not exist. Args: record, institution code.
	 */
	UNKNOWN_INSTITUTION("REG-0007", HttpStatus.BAD_REQUEST),
	/** The lead of an alliance is not among its members. Args: alliance, lead. */
	LEAD_NOT_MEMBER("REG-0008", HttpStatus.BAD_REQUEST),
	/** Args: alliance code. */
	DUPLICATE_ALLIANCE("REG-0009", HttpStatus.CONFLICT),
	/**
	 * A staff record names a department its institution does not have. Args: staff,
	 * institution, department.
	 */
	UNKNOWN_DEPARTMENT("REG-0010", HttpStatus.BAD_REQUEST),
	/** A required field is blank. Args: record, field. */
	REQUIRED_FIELD("REG-0011", HttpStatus.BAD_REQUEST),
	/** A field has a value outside its domain. Args: record, field, value. */
	INVALID_VALUE("REG-0012", HttpStatus.BAD_REQUEST),
	/**
	 * The code's letter does not fit the kind (P for pharmacies, H otherwise). Args:
	 * code, kind.
	 */
	KIND_CODE_MISMATCH("REG-0013", HttpStatus.BAD_REQUEST),
	/** A CSV import was refused; nothing saved. Args: number of bad lines. */
	IMPORT_REJECTED("REG-0014", HttpStatus.BAD_REQUEST),
	/** Args: institution, department code. */
	DUPLICATE_DEPARTMENT("REG-0015", HttpStatus.CONFLICT),
	/** The institution is already a current member. Args: alliance, institution. */
	ALREADY_MEMBER("REG-0016", HttpStatus.CONFLICT),
	/** The institution is not a current member. Args: alliance, institution. */
	NOT_A_MEMBER("REG-0017", HttpStatus.BAD_REQUEST),
	/** A membership would end before it starts. Args: institution, joined, left. */
	MEMBERSHIP_DATES("REG-0018", HttpStatus.BAD_REQUEST),
	/** Args: certificate number. */
	DUPLICATE_CERTIFICATE("REG-0019", HttpStatus.CONFLICT),
	/**
	 * A staff title belongs to another kind of staff (主管护师 for a doctor). Args: staff,
	 * title, kind.
	 */
	TITLE_KIND_MISMATCH("REG-0020", HttpStatus.BAD_REQUEST),
	/** The lead of an alliance cannot leave it. Args: alliance, institution. */
	LEAD_CANNOT_LEAVE("REG-0021", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	RegistryErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
