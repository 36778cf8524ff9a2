/**
 * 健康一码通 on the platform: health cards with their numbers and revocations, dynamic QR
 * codes verified online with the scan log, e-voucher accounts and ecTokens, and the
 * replay cache shared by every node. The pure codecs and verifiers are in identity.card.
 */
package org.sanyi.identity.healthcode;
