/**
 * The rules deciding whether a stored result may be reused for an order: pure, no Spring,
 * no SQL.
 */
package org.sanyi.clinical.recognition.engine;
