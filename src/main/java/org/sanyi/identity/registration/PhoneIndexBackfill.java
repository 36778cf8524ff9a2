package org.sanyi.identity.registration;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start, gives the residents stored before identity V10 their phone's blind index,
 * 5,000 at a time in resident order (each batch its own statement, so a restart goes on
 * where it stopped and the nodes of a region can run it together). Nothing to do on a
 * database created since. {@link ResidentContactsService} answers the same before and
 * after.
 */
@Component
class PhoneIndexBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PhoneIndexBackfill.class);

	static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	PhoneIndexBackfill(JdbcClient jdbc, IdentityKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = fill();
		if (filled > 0) {
			log.info("identity: the phones of {} residents given their blind index", filled);
		}
	}

	/** Indexes every resident without one; answers how many got one. */
	int fill() {
		int filled = 0;
		String after = "";
		while (true) {
			List<String> ids = new ArrayList<>();
			List<String> indexes = new ArrayList<>();
			jdbc.sql("""
					select resident_id, phone_enc from idn_resident
					where phone_bidx is null and phone_enc is not null and resident_id > :after
					order by resident_id limit :n""").param("after", after).param("n", BATCH).query(rs -> {
				ids.add(rs.getString(1));
				indexes.add(keys.phoneIndex(keys.decrypt(rs.getString(2))));
			});
			if (ids.isEmpty()) {
				return filled;
			}
			after = ids.getLast();
			filled += jdbc.sql("""
					update idn_resident r set phone_bidx = t.bidx
					from unnest(:ids::text[], :bidx::text[]) as t(resident_id, bidx)
					where r.resident_id = t.resident_id and t.bidx is not null and r.phone_bidx is null""")
				.param("ids", ids.toArray(String[]::new))
				.param("bidx", indexes.toArray(String[]::new))
				.update();
		}
	}

}
