package org.sanyi.identity.card;

/**
 * What a signed code stands for. The kind is signed with the rest of the payload and also
 * shown in the text prefix ({@code SYH1:} health card, {@code SYE1:} insurance
 * e-voucher), so a counter can route a scan without decoding it and a health code cannot
 * be presented as an insurance voucher.
 */
public enum CodeKind {

	HEALTH_CARD(1, 'H'), INSURANCE_VOUCHER(2, 'E');

	private final int id;

	private final char letter;

	CodeKind(int id, char letter) {
		this.id = id;
		this.letter = letter;
	}

	public int id() {
		return id;
	}

	public char letter() {
		return letter;
	}

	public static CodeKind ofId(int id) {
		for (CodeKind k : values()) {
			if (k.id == id) {
				return k;
			}
		}
		return null;
	}

}
