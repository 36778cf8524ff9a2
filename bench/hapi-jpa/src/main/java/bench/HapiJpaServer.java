package bench;

import java.io.File;
import java.nio.file.Files;
import java.util.Properties;

import javax.sql.DataSource;

import ca.uhn.fhir.batch2.jobs.config.BatchCommonCtx;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.IDaoRegistry;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.dao.search.HSearchSortHelperImpl;
import ca.uhn.fhir.jpa.dao.search.IHSearchSortHelper;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
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
 * HAPI FHIR's own JPA server (hapi-fhir-jpaserver-base: the DAOs, search indexes, transaction
 * processing and resource providers that hapi-fhir-jpaserver-starter serves) on PostgreSQL,
 * served by HAPI's {@link RestfulServer} in an embedded Tomcat on 127.0.0.1 at
 * {@code http://127.0.0.1:PORT/fhir}, so that bench/RecordsLoad.java drives it exactly as it
 * drives the application (same bundles, same HTTP client, same searches).
 * <p>
 * HAPI's defaults, except: the placeholder targets of conditional references
 * ({@code Organization?identifier=…} in Synthea's encounters, which the application keeps as
 * written) are created with their identifier instead of failing the transaction; no
 * scheduled background jobs during the measurement; Hibernate Search off (no Lucene or
 * Elasticsearch: the starter's default); pages of up to 1,000 entries so that
 * {@code $everything?_count=1000} answers in one page as the application does.
 * <p>
 * Arguments: jdbc-url port. Prints {@code ready} on standard output when it serves; runs
 * until it is killed (a shutdown hook stops Tomcat and the Spring context).
 */
@Configuration
@Import({ JpaR4Config.class, JpaBatch2Config.class, BatchCommonCtx.class, ThreadPoolFactoryConfig.class,
		SubscriptionChannelConfig.class })
public class HapiJpaServer {

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
		s.setAutoCreatePlaceholderReferenceTargets(true);
		s.setPopulateIdentifierInAutoCreatedPlaceholderReferenceTargets(true);
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
		DatabaseBackedPagingProvider p = new DatabaseBackedPagingProvider();
		p.setDefaultPageSize(20);
		p.setMaximumPageSize(1000);
		return p;
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

	@SuppressWarnings("unchecked")
	static RestfulServer restfulServer(AnnotationConfigApplicationContext ctx) {
		FhirContext fhir = ctx.getBean(FhirContext.class);
		RestfulServer server = new RestfulServer(fhir, ctx.getBean(IInterceptorService.class));
		server.registerProviders(ctx.getBean(ResourceProviderFactory.class).createProviders());
		server.registerProvider(ctx.getBean(JpaSystemProvider.class));
		server.setPagingProvider(ctx.getBean(DatabaseBackedPagingProvider.class));
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		JpaCapabilityStatementProvider capabilities = new JpaCapabilityStatementProvider(server,
				ctx.getBean(IFhirSystemDao.class), ctx.getBean(JpaStorageSettings.class),
				ctx.getBean(ISearchParamRegistry.class), ctx.getBean(IValidationSupport.class));
		capabilities.setIncludeResourceCounts(false);
		server.setServerConformanceProvider(capabilities);
		return server;
	}

	public static void main(String[] args) throws Exception {
		url = args[0];
		int port = Integer.parseInt(args[1]);
		long t0 = System.nanoTime();
		AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext(HapiJpaServer.class);
		System.err.printf("HAPI JPA context started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
		Tomcat tomcat = new Tomcat();
		File base = Files.createTempDirectory("hapi-jpa-tomcat").toFile();
		tomcat.setBaseDir(base.getPath());
		Connector connector = new Connector();
		connector.setProperty("address", "127.0.0.1");
		connector.setPort(port);
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", base.getPath());
		Tomcat.addServlet(context, "fhir", restfulServer(ctx)).setLoadOnStartup(1);
		context.addServletMappingDecoded("/fhir/*", "fhir");
		tomcat.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				tomcat.stop();
				tomcat.destroy();
			}
			catch (Exception ex) {
				// stopping anyway
			}
			ctx.close();
		}));
		System.err.printf("HAPI JPA server on http://127.0.0.1:%d/fhir after %.1f s%n", port,
				(System.nanoTime() - t0) / 1e9);
		System.out.println("ready");
		tomcat.getServer().await();
	}

}
