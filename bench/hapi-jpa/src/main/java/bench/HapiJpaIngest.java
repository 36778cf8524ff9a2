package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.IDaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.dao.search.HSearchSortHelperImpl;
import ca.uhn.fhir.jpa.dao.search.IHSearchSortHelper;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI FHIR's JPA server storage (JpaR4Config: the DAOs, search indexes and transaction
 * processing that the hapi-fhir-jpaserver-starter serves over HTTP) on PostgreSQL,
 * ingesting transaction bundles, one per line of a file, with THREADS threads through
 * {@code IFhirSystemDao.transaction} (no HTTP, no validation: HAPI's defaults).
 * Arguments: jdbc-url bundles.ndjson threads warm-up-count. Prints the resources per second
 * as its last line.
 */
@Configuration
@Import({ JpaR4Config.class, JpaBatch2Config.class, ThreadPoolFactoryConfig.class })
public class HapiJpaIngest {

	static String url;

	@Bean
	public DataSource dataSource() {
		HikariConfig c = new HikariConfig();
		c.setJdbcUrl(url);
		c.setUsername("postgres");
		c.setMaximumPoolSize(10);
		return new HikariDataSource(c);
	}

	@Bean
	public JpaStorageSettings storageSettings() {
		JpaStorageSettings s = new JpaStorageSettings();
		s.setAllowExternalReferences(true);
		// no background jobs during the measurement
		s.setSchedulingDisabled(true);
		return s;
	}

	@Bean
	public SubscriptionSettings subscriptionSettings() {
		return new SubscriptionSettings();
	}

	@Lazy
	@Bean
	public IBinaryStorageSvc binaryStorageSvc() {
		return new DatabaseBinaryContentStorageSvcImpl();
	}

	@Bean
	public PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Bean
	public IStaleSearchDeletingSvc staleSearchDeletingSvc() {
		return new StaleSearchDeletingSvcImpl();
	}

	@Bean
	public DatabaseBackedPagingProvider databaseBackedPagingProvider() {
		return new DatabaseBackedPagingProvider();
	}

	@Bean
	public IResourceSupportedSvc resourceSupportedSvc(IDaoRegistry daoRegistry) {
		return new DaoRegistryResourceSupportedSvc(daoRegistry);
	}

	@Bean
	public IHSearchSortHelper hSearchSortHelper(ISearchParamRegistry searchParamRegistry) {
		return new HSearchSortHelperImpl(searchParamRegistry);
	}

	@Primary
	@Bean
	public LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource,
			ConfigurableListableBeanFactory beanFactory, FhirContext fhir, JpaStorageSettings settings) {
		LocalContainerEntityManagerFactoryBean f = HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory,
				fhir, settings);
		f.setPersistenceUnitName("HAPI_PU");
		f.setDataSource(dataSource);
		Properties p = new Properties();
		p.put("hibernate.dialect", "ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect");
		p.put("hibernate.hbm2ddl.auto", "update");
		p.put("hibernate.search.enabled", "false");
		p.put("hibernate.jdbc.batch_size", "20");
		p.put("hibernate.format_sql", "false");
		p.put("hibernate.show_sql", "false");
		f.setJpaProperties(p);
		return f;
	}

	@Primary
	@Bean
	public JpaTransactionManager transactionManager(EntityManagerFactory emf) {
		return new JpaTransactionManager(emf);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void main(String[] args) throws Exception {
		url = args[0];
		List<String> lines = Files.readAllLines(Path.of(args[1]));
		int threads = Integer.parseInt(args[2]);
		int warmUp = Integer.parseInt(args[3]);
		long t0 = System.nanoTime();
		try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext(HapiJpaIngest.class)) {
			System.err.printf("HAPI JPA context started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
			FhirContext fhir = ctx.getBean(FhirContext.class);
			IFhirSystemDao<Bundle, ?> dao = ctx.getBean(IFhirSystemDao.class);
			for (int i = 0; i < Math.min(warmUp, lines.size()); i++) {
				dao.transaction(new SystemRequestDetails(), fhir.newJsonParser().parseResource(Bundle.class, lines.get(i)));
			}
			AtomicInteger next = new AtomicInteger(warmUp);
			AtomicLong resources = new AtomicLong();
			AtomicInteger failures = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			long start = System.nanoTime();
			for (int t = 0; t < threads; t++) {
				pool.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < lines.size()) {
						try {
							// parsed inside the timing, as a server parses what it receives
							Bundle b = fhir.newJsonParser().parseResource(Bundle.class, lines.get(i));
							dao.transaction(new SystemRequestDetails(), b);
							resources.addAndGet(b.getEntry().size());
						}
						catch (Exception ex) {
							if (failures.incrementAndGet() < 3) {
								ex.printStackTrace();
							}
						}
					}
					return null;
				});
			}
			pool.shutdown();
			pool.awaitTermination(3, TimeUnit.HOURS);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.err.printf("HAPI JPA: %d bundles, %d resources, %d failures, %.1f s%n", lines.size() - warmUp,
					resources.get(), failures.get(), seconds);
			System.out.printf("%.1f%n", resources.get() / seconds);
		}
	}

}
