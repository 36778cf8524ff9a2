package org.sanyi.identity.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.identity.ResidentContacts;
import org.sanyi.shared.Masking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link ResidentContacts} over the golden records: phones are stored encrypted with a
 * random nonce (no index can group them), so each is decrypted once in memory and grouped
 * here; nothing but the masked number leaves the module.
 */
@Service
class ResidentContactsService implements ResidentContacts {

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	ResidentContactsService(JdbcClient jdbc, IdentityKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@Override
	public List<SharedPhone> sharedPhones(int minPersons) {
		Map<String, Set<String>> byPhone = new HashMap<>();
		jdbc.sql("""
				select r.phone_enc, i.lookup_key from idn_resident r
				join idn_identifier i on i.resident_id = r.resident_id and i.type = 'PSN_NO'
				where r.status = 'ACTIVE' and r.phone_enc is not null""").query(rs -> {
			String phone = keys.decrypt(rs.getString(1));
			if (phone != null && !phone.isBlank()) {
				byPhone.computeIfAbsent(phone.strip(), p -> new LinkedHashSet<>()).add(rs.getString(2));
			}
		});
		List<SharedPhone> shared = new ArrayList<>();
		byPhone.forEach((phone, persons) -> {
			if (persons.size() >= Math.max(2, minPersons)) {
				shared.add(new SharedPhone(Masking.phone(phone), List.copyOf(persons)));
			}
		});
		return shared;
	}

}
