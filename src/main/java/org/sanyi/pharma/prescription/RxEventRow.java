package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;

/**
 * A step taken on a prescription: kind (UPLOAD, DOWNLOAD, REVIEW ...), when, who, where.
 */
public record RxEventRow(String kind, OffsetDateTime at, String actor, String institution, String detail) {
}
