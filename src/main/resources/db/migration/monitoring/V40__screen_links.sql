-- Signed read-only links to a region's big screen (一屏观医) for a wall display. The token carries the row's id and its
-- expiry under an HMAC; a link is refused once expired or revoked here, or when the signing key's generation changes.
create table mon_screen_link (
    id          bigserial    primary key,
    area_key    text         not null,
    area_region text         not null,
    label       text         not null,
    expires_at  timestamptz  not null,
    created_by  text         not null,
    created_at  timestamptz  not null default now(),
    revoked_by  text,
    revoked_at  timestamptz,
    check ((revoked_by is null) = (revoked_at is null))
);

create index mon_screen_link_region on mon_screen_link (area_region);
