package org.sanyi.pharma.resistance;

import java.time.LocalDate;

/**
 * One susceptibility result: an isolate of a specimen tested against one antimicrobial,
 * interpreted S, I or R (WHONET-style codes: organism {@code eco}, antimicrobial
 * {@code CRO}).
 */
public record AstLine(String specimenId, LocalDate specimenDate, String organismCode, String organismName,
		String antibioticCode, String antibioticName, String interpretation) {
}
