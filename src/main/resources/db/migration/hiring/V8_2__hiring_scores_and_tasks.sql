-- Scorecards: each reviewer scores each of the post's criteria 1-5 with a note, per bid. The criterion's text is
-- kept with the score, so a later edit of the post's criteria does not move old scores onto other words.
create table hiring.bid_score (
    bid_id             uuid not null references hiring.bid (id),
    reviewer_member_id uuid not null,
    criterion          int not null check (criterion between 0 and 49),
    criterion_text     text not null check (length(criterion_text) between 1 and 200),
    score              int not null check (score between 1 and 5),
    note               text not null default '' check (length(note) <= 2000),
    scored_at          timestamptz not null,
    primary key (bid_id, reviewer_member_id, criterion)
);
create index bid_score_by_reviewer on hiring.bid_score (reviewer_member_id, bid_id);

-- What the post's work types are, as their SOPs said when the post was last saved (the public page shows it
-- without reading the work module as anyone): one element per type, 'type<US>title<US>first line' (US = chr(31)).
alter table hiring.job_post add column tasks text[] not null default '{}';
