package org.sanyi.demo;

/**
 * One part of the demo region; ordered with {@code @Order}. Returns false when its part
 * already exists.
 */
interface DemoStep {

	String name();

	boolean run();

}
