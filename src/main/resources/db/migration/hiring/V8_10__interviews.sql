-- An interview proposed to a bidder: the slots the interviewer offers (inside both sides' working hours), the
-- video-call link, and the slot the bidder picked by the interview's own link.
create table hiring.interview (
    id                 uuid primary key,
    bid_id             uuid not null references hiring.bid (id),
    workspace_id       uuid not null,
    -- the member who interviews (the proposing manager): their zone and address get the invitation
    interviewer_id     uuid not null,
    minutes            int not null check (minutes between 15 and 240),
    video_link         text not null check (length(video_link) between 10 and 500 and video_link ~ '^https://'),
    -- /bids/{bid}/interviews/{id}?key=…: a shared.SecretToken, only its hex SHA-256 digest kept
    link_digest        text not null unique,
    status             text not null check (status in ('PROPOSED', 'BOOKED', 'CANCELLED')),
    booked_slot        uuid,
    booked_at          timestamptz,
    created_at         timestamptz not null,
    version            bigint not null
);
create unique index interview_one_open_per_bid on hiring.interview (bid_id) where status <> 'CANCELLED';

create table hiring.interview_slot (
    id                 uuid primary key,
    interview_id       uuid not null references hiring.interview (id),
    starts_at          timestamptz not null,
    unique (interview_id, starts_at)
);
