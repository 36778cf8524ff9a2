package org.sanyi.monitoring.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * bench/monitoring.sh: a real Apache Kafka broker (KRaft, one node, loopback) for the
 * freshness run through Kafka, from spring-kafka-test, so the benchmark needs no Kafka
 * installation. Writes its bootstrap address to the file given and runs until killed. Not
 * a test.
 */
public final class BenchKafkaBroker {

	public static void main(String[] args) throws Exception {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		Files.writeString(Path.of(args[0]), broker.getBrokersAsString());
		Thread.currentThread().join();
	}

	private BenchKafkaBroker() {
	}

}
