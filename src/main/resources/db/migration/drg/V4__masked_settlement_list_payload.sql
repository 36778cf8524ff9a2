-- The settlement list keeps the uploaded form (payload) as a record; its ID numbers are masked like
-- Masking.idNumbersIn (region, eight stars, last four), as new uploads are stored. Rewrites the matching rows once.
update drg_setl_list
set payload = regexp_replace(payload::text,
    '(?<![0-9A-Za-z])([1-9][0-9]{5})(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([0-9]{3}[0-9Xx])(?![0-9A-Za-z])',
    '\1********\5', 'g')::jsonb
where payload::text ~ '[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]';
