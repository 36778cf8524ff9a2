package org.sanyi.identity.registration;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.identity.ResidentContacts;
import org.sanyi.shared.Masking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link ResidentContacts} over the golden records: phones are stored encrypted with a
 * random nonce, and grouped by their blind index ({@code phone_bidx}, identity V10) in
 * one query; only the shared phones are decrypted, to mask them. Residents stored without
 * an index (before V10, until {@link PhoneIndexBackfill} has reached them, or by a node
 * not yet upgraded) are indexed here in memory and grouped with the others, so the answer
 * is the same in every state. Nothing but the masked number leaves the module.
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
		List<String> index = new ArrayList<>();
		List<String> person = new ArrayList<>();
		List<String> phone = new ArrayList<>();
		jdbc.sql("""
				select r.phone_enc, i.lookup_key from idn_resident r
				join idn_identifier i on i.resident_id = r.resident_id and i.type = 'PSN_NO'
				where r.status = 'ACTIVE' and r.phone_bidx is null and r.phone_enc is not null""").query(rs -> {
			String bidx = keys.phoneIndex(keys.decrypt(rs.getString(1)));
			if (bidx != null) {
				index.add(bidx);
				person.add(rs.getString(2));
				phone.add(rs.getString(1));
			}
		});
		List<SharedPhone> shared = new ArrayList<>();
		jdbc.sql("""
				with p (bidx, psn_no, phone_enc) as (
				  select r.phone_bidx, i.lookup_key, r.phone_enc from idn_resident r
				  join idn_identifier i on i.resident_id = r.resident_id and i.type = 'PSN_NO'
				  where r.status = 'ACTIVE' and r.phone_bidx is not null
				  union all
				  select * from unnest(:bidx::text[], :psn::text[], :enc::text[]))
				select min(phone_enc), array_agg(distinct psn_no order by psn_no) from p
				group by bidx having count(distinct psn_no) >= :n
				order by 2""")
			.param("bidx", index.toArray(String[]::new))
			.param("psn", person.toArray(String[]::new))
			.param("enc", phone.toArray(String[]::new))
			.param("n", Math.max(2, minPersons))
			.query(rs -> {
				Array persons = rs.getArray(2);
				shared.add(new SharedPhone(Masking.phone(keys.decrypt(rs.getString(1))),
						List.of((String[]) persons.getArray())));
			});
		return shared;
	}

}
