/**
 * The national medical-insurance interface POST /hsa/{infno}: signed requests (x-tif),
 * the envelope, msgid idempotency (GatewayService, MessageLog), the transactions by
 * infno, 2601 reversal, sign-ins, gateway accounts and e-voucher tokens used through the
 * visit. It calls the settlement, person and reconciliation packages; nothing calls it.
 */
package org.sanyi.insurance.gateway;
