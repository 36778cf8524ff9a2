package org.sanyi.identity.matching;

/** The fields the Fellegi–Sunter scorer compares, in the order of a comparison vector. */
public enum Field {

	ID_NUMBER, NAME, BIRTH_DATE, SEX, PHONE, ADDRESS

}
