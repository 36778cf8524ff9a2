/**
 * The electronic health card and the insurance e-voucher, plain Java with no Spring and
 * no database: the static card number with its check digits, the signed short-lived QR
 * payload (SM2 with SM3 by default, ECDSA P-256 as the alternative), its offline
 * verification with distinct rejection reasons, replay and revocation checks, the QR
 * image, and the e-voucher's {@code ecToken} with its one-visit state machine.
 */
package org.sanyi.identity.card;
