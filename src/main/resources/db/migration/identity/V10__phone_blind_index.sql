-- 一个手机号关联多人 (fund supervision's JG024) groups residents by phone. Phones are encrypted with a random nonce, so
-- until now every audit decrypted every resident's phone in memory (2.5 million AES-GCM decryptions for a city, more
-- for a province, and no query could group them). phone_bidx is the phone's blind index (HMAC-SHA256 under the
-- identity index key, as id_number_bidx): equal phones give equal indexes, a query groups them, nothing else is
-- revealed. Written with every new resident; PhoneIndexBackfill fills the residents stored before on start, and until
-- it has, ResidentContactsService indexes the rows still without one in memory (the second, partial index finds them).
alter table idn_resident add column phone_bidx char(64);
create index idn_resident_phone_bidx on idn_resident (phone_bidx) where phone_bidx is not null;
create index idn_resident_phone_unindexed on idn_resident (resident_id) where phone_bidx is null and phone_enc is not null;
