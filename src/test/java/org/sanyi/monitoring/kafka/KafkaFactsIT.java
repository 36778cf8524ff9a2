package org.sanyi.monitoring.kafka;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.RecordedLoginCodes;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.facts.FactEvents;
import org.sanyi.shared.events.EventQueue;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * Settlement → Kafka → facts → indicator on a real Apache Kafka broker (KRaft, started in
 * process by spring-kafka-test; no Docker): a settlement at the gateway is sent by the
 * event queue's relay to its topic keyed by the hospital, monitoring's consumer counts
 * its facts and the hospital's 药占比 takes them in; while the consumer is stopped nothing
 * is counted, after its restart every settlement and reversal published meanwhile is
 * counted once, and a record delivered again changes nothing.
 * <p>
 * Its own application context, not the shared {@code @IntegrationTest} one: Kafka is
 * switched on by a property, which replaces beans (the in-process fact listener gives way
 * to the Kafka consumer), so it cannot run in the shared context without changing it for
 * every other test. To stay small it has its own database directory, no statistics
 * history, and it is closed after the class ({@link DirtiesContext} on this context only)
 * so that the rest of the run does not carry a second application and a broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sanyi.db.embedded.data-dir=target/pgdata-kafka-it", "sanyi.demo.statistics-history.months=0",
				"sanyi.kafka.partitions=2" })
@ActiveProfiles("test")
@Import(RecordedLoginCodes.class)
@EmbeddedKafka(bootstrapServersProperty = "sanyi.kafka.bootstrap-servers")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KafkaFactsIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Component FEES = Component.of("ins.fee");

	static final Component DRUGS = new Component("ins.fee", Map.of("fee_category", "09"));

	static final Component SETTLEMENTS = Component.of("ins.settlement.count");

	static final Set<Component> ALL = Set.of(FEES, DRUGS, SETTLEMENTS);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	FactTotals totals;

	@Autowired
	IndicatorQueries indicators;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	KafkaTemplate<Object, Object> template;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventQueue queue;

	@Test
	void settlementsReachTheIndicatorThroughKafkaAndARestartedConsumerCountsEachOnce() throws Exception {
		assertThat(context.getBeanNamesForType(KafkaFactListener.class)).hasSize(1);
		assertThat(context.containsBean("factListener")).as("the in-process listener gives way").isFalse();
		GatewayFixtures.addExampleItems(admin);
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		Selection hospital = new Selection.Institutions(Set.of(CITY_HOSPITAL));
		LocalDate today = LocalDate.now(ZONE);
		DaySpan day = new DaySpan(today, today);
		Map<Component, BigDecimal> before = totals.totals(ALL, hospital, day);
		IndicatorValue drugRatioBefore = drugRatio(hospital, today);

		Settled first = settle(his);
		Map<Component, BigDecimal> afterFirst = await(() -> totals.totals(ALL, hospital, day),
				t -> t.get(SETTLEMENTS).compareTo(before.get(SETTLEMENTS).add(BigDecimal.ONE)) == 0);
		assertThat(afterFirst.get(FEES).subtract(before.get(FEES))).isEqualByComparingTo("500.00");
		assertThat(afterFirst.get(DRUGS).subtract(before.get(DRUGS))).isEqualByComparingTo("150.00");
		IndicatorValue drugRatio = drugRatio(hospital, today);
		assertThat(drugRatio.numerator().subtract(drugRatioBefore.numerator())).isEqualByComparingTo("150.00");
		assertThat(drugRatio.denominator().subtract(drugRatioBefore.denominator())).isEqualByComparingTo("500.00");
		ConsumerRecord<String, String> record = recordOf(KafkaTopics.SETTLEMENT_COMPLETED, first.setlId());
		assertThat(record.key()).as("keyed by the institution").isEqualTo(CITY_HOSPITAL);
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :s")
			.param("s", "%" + first.setlId() + "%")
			.query(Long.class)
			.single()).as("sent by the event queue's relay, not a publication of its own").isZero();
		// the relay's rows are deleted when Kafka has taken them
		await(() -> queue.pending(FactEvents.KAFKA), n -> n == 0);

		MessageListenerContainer consumer = listeners.getListenerContainer(KafkaTopics.LISTENER);
		consumer.stop();
		Settled second = settle(his);
		ok(his.call("2208", Map.of("data",
				Map.of("setl_id", first.setlId(), "mdtrt_id", first.visitId(), "psn_no", first.psnNo()))));
		recordOf(KafkaTopics.SETTLEMENT_REVERSED, first.setlId());
		assertThat(totals.totals(ALL, hospital, day)).as("nothing counted while the consumer is stopped")
			.isEqualTo(afterFirst);

		consumer.start();
		Map<Component, BigDecimal> afterRestart = await(() -> totals.totals(ALL, hospital, day),
				t -> reported(second.setlId()) == 1
						&& t.get(FEES).subtract(before.get(FEES)).compareTo(new BigDecimal("500.00")) == 0
						&& t.get(SETTLEMENTS).subtract(before.get(SETTLEMENTS)).compareTo(BigDecimal.ONE) == 0);
		// the first settlement reversed, the second counted: one settlement more than
		// before
		assertThat(afterRestart.get(FEES).subtract(before.get(FEES))).isEqualByComparingTo("500.00");
		assertThat(afterRestart.get(SETTLEMENTS).subtract(before.get(SETTLEMENTS))).isEqualByComparingTo("1");

		// the second settlement's record delivered once more (what a consumer that
		// stopped
		// before committing its offset sees)
		SettlementCompleted again = serializer.deserialize(
				recordOf(KafkaTopics.SETTLEMENT_COMPLETED, second.setlId()).value(), SettlementCompleted.class);
		var sent = template.send(KafkaTopics.SETTLEMENT_COMPLETED, CITY_HOSPITAL, again).get().getRecordMetadata();
		// until monitoring's group has committed past it: the record was processed
		await(() -> committed(KafkaTopics.SETTLEMENT_COMPLETED, sent.partition()), o -> o > sent.offset());
		assertThat(totals.totals(ALL, hospital, day)).as("a record delivered again counts once")
			.isEqualTo(afterRestart);
		assertThat(reported(second.setlId())).isEqualTo(1);
	}

	@Test
	void theAdministratorSeesTheRelaysRowsAndThoseLeftFromBeforeTheSwitch() {
		// a settlement queued for counting in process before Kafka was configured
		long left = jdbc.sql("""
				insert into event_queue (consumer, event_type, serialized_event)
				values ('monitoring.facts', 'org.sanyi.insurance.SettlementCompleted', '{}') returning id""")
			.query(Long.class)
			.single();
		try {
			String admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026").get("/monitoring/facts").body();
			assertThat(admin).contains("经 Kafka 接收数据", "待发往 Kafka", "发送失败", "切换到 Kafka 前留在队列中待计入的 1 条事件不会再被计入");
			String en = HttpSession.loggedIn(port, "admin", "Sanyi@2026").get("/monitoring/facts?lang=en").body();
			assertThat(en).contains("through Kafka", "Waiting to be sent to Kafka", "Failed to send",
					"will not be counted any more: 1.");
		}
		finally {
			jdbc.sql("delete from event_queue where id = :id").param("id", left).update();
		}
	}

	record Settled(String setlId, String visitId, String psnNo) {
	}

	/**
	 * An outpatient settlement of 500.00 (300 surgery, 150 drugs, 50 without a category).
	 */
	Settled settle(HsaClient his) {
		NewPerson person = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(person));
		String visitId = ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
		ok(his.call("2204",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
								line(visitId, person.psnNo(), "2", "T-B-DRUG", "1", "150", "150.00"),
								line(visitId, person.psnNo(), "3", "NOT-IN-CATALOGUE", "1", "50", "50.00")))));
		String setlId = ok(his.call("2207",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"med_type", "11", "medfee_sumamt", new BigDecimal("500.00"), "psn_setlway", "01",
								"mdtrt_id", visitId, "chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310"))))
			.at("/setlinfo/setl_id")
			.asString();
		return new Settled(setlId, visitId, person.psnNo());
	}

	IndicatorValue drugRatio(Selection where, LocalDate day) {
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		return snapshot.values(snapshot.select(List.of("drug_ratio")), where, Period.month(YearMonth.from(day)))
			.get("drug_ratio");
	}

	long committed(String topic, int partition) {
		try {
			org.apache.kafka.clients.consumer.OffsetAndMetadata offset = KafkaTestUtils
				.getCurrentOffset(broker.getBrokersAsString(), KafkaTopics.GROUP, topic, partition);
			return offset == null ? -1 : offset.offset();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	long reported(String key) {
		return jdbc.sql("select count(*) from mon_fact_report where report_key = :k")
			.param("k", "ins:setl:" + key)
			.query(Long.class)
			.single();
	}

	/** The record of the topic whose value names the settlement, read from the start. */
	ConsumerRecord<String, String> recordOf(String topic, String setlId) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "it-reader-" + System.nanoTime(), false);
		props.put("auto.offset.reset", "earliest");
		try (Consumer<String, String> reader = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			reader.subscribe(List.of(topic));
			long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			List<String> seen = new ArrayList<>();
			while (System.nanoTime() < end) {
				ConsumerRecords<String, String> records = reader.poll(Duration.ofMillis(500));
				for (ConsumerRecord<String, String> r : records) {
					if (r.value().contains("\"" + setlId + "\"")) {
						return r;
					}
					seen.add(r.key());
				}
			}
			throw new AssertionError("no record of " + setlId + " on " + topic + " (seen " + seen + ")");
		}
	}

	static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		T value = read.get();
		while (!done.test(value) && System.nanoTime() < end) {
			Thread.sleep(100);
			value = read.get();
		}
		assertThat(done.test(value)).as("within 30 s: " + value).isTrue();
		return value;
	}

	static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
