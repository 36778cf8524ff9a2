/**
 * Death registration (死亡登记): hospitals report the 死亡医学证明 they issued and the regional
 * authorities the civil-affairs and public-security feeds over REST; the date of death in
 * force with its trail of corrections, the bureau's list and the resident's page; the
 * {@code ResidentDeaths} API and the {@code ResidentDied} event.
 */
package org.sanyi.identity.death;
