package org.sanyi.supervision.engine;

/** 监管环节: before settlement (事前, 3101), during it (事中, 3102), after it (事后, batch). */
public enum Stage {

	PRE, IN, POST

}
