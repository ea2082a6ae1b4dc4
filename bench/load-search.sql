-- Bench data for search: :items work items and :messages e-mails (two per conversation, one attachment in ten)
-- in 5 workspaces (the demo's 2 and 3 more), with mixed Danish, German and English text, customer names and
-- references: air waybills written as 020-1234 5675, 020-12345675 or 02012345675, order and shipment numbers.
-- The search columns are computed as rows are written; their GIN indexes are dropped for the load and built
-- afterwards, as one would for a bulk import; keep their definitions in step with db/migration/inbox/V4_41__search.sql and db/migration/work/V4_42__search.sql.
-- Run in three phases (psql -v phase=setup|rows|finish; rows with -v part=K -v parts=N in N sessions at once, as
-- computing the search columns is most of the time and takes one core per session).
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';
select :'phase' = 'setup' as setup, :'phase' = 'rows' as rows, :'phase' = 'finish' as finish \gset
\if :setup
create schema bench_load;

insert into workspace.workspace (id, slug, name, time_zone, country, subdivision, default_language, nda_text, nda_version, created_at, version)
select gen_random_uuid(), 'bench-' || g, 'Bench ' || g || ' A/S', 'Europe/Copenhagen', 'DK', null, 'da', '', 1, now(), 0
from generate_series(1, 3) g;

create table bench_load.ws as select id, row_number() over (order by slug) - 1 as n from workspace.workspace;

insert into inbox.mailbox (id, workspace_id, address, display_name, imap_host, imap_port, imap_security, smtp_host,
  smtp_port, smtp_security, username, auth_kind, credential_nonce, credential, poll_seconds, enabled, created_at)
select gen_random_uuid(), ws.id, 'bench-support-' || ws.n || '@bench.example', 'Support', 'imap.bench.example', 993,
  'TLS', 'smtp.bench.example', 587, 'STARTTLS', 'support', 'PASSWORD', '\x000000000000000000000000', '\x00', 300,
  false, now()
from bench_load.ws;
create table bench_load.box as select m.id, m.workspace_id, row_number() over (order by ws.n) - 1 as n from inbox.mailbox m join bench_load.ws on ws.id = m.workspace_id
  where m.address like 'bench-support-%';

create table bench_load.sentence (lang text, n int, text text);
insert into bench_load.sentence values
  ('da', 0, 'Hej, hvor er vores forsendelse?'), ('da', 1, 'Forsendelsen er forsinket i Padborg på grund af kø ved grænsen.'),
  ('da', 2, 'Vi mangler fragtbrevet og følgesedlen til pallerne.'), ('da', 3, 'Kan I bekræfte afhentning i morgen formiddag?'),
  ('da', 4, 'Palleoptællingen stemmer ikke med ordren.'), ('da', 5, 'Toldpapirerne er sendt til speditøren.'),
  ('da', 6, 'Chaufføren venter ved rampe 4 og har ikke fået læssetid.'), ('da', 7, 'Fakturaen for sidste måned mangler stadig.'),
  ('de', 0, 'Der Lieferschein fehlt noch.'), ('de', 1, 'Die Sendung ist beschädigt angekommen, Fotos anbei.'),
  ('de', 2, 'Bitte bestätigen Sie die Abholung für Donnerstag.'), ('de', 3, 'Die Lieferscheine liegen der Sendung bei.'),
  ('de', 4, 'Die Zollpapiere folgen per E-Mail.'), ('de', 5, 'Der Fahrer steht an der Rampe und wartet auf die Ladung.'),
  ('de', 6, 'Wir benötigen einen neuen Liefertermin.'), ('de', 7, 'Die Rechnung wurde bereits bezahlt.'),
  ('en', 0, 'Please send the POD for this shipment.'), ('en', 1, 'The shipment is delayed at customs in Hamburg.'),
  ('en', 2, 'Can you confirm the pick-up tomorrow morning?'), ('en', 3, 'Invoice attached, please check the charges.'),
  ('en', 4, 'The pallets arrived damaged at the warehouse.'), ('en', 5, 'Booking confirmed for Monday, truck arrives at 08:00.'),
  ('en', 6, 'The container was rolled to the next vessel.'), ('en', 7, 'Please update the delivery address on the order.');
create table bench_load.customer (n int, name text, domain text);
insert into bench_load.customer values (0, 'Carlsberg', 'carlsberg.example'), (1, 'Arla Foods', 'arla.example'),
  (2, 'Danish Crown', 'danishcrown.example'), (3, 'Lego', 'lego.example'), (4, 'Vestas', 'vestas.example'),
  (5, 'Spedition Elbtal', 'elbtal.example'), (6, 'Hamburg Süd Logistik', 'hsl.example'), (7, 'Novo Nordisk', 'novo.example'),
  (8, 'Bestseller', 'bestseller.example'), (9, 'Rockwool', 'rockwool.example');

-- An air waybill from a number: airline prefix, 7-digit serial, check digit (serial mod 7), in one of three spellings.
create function bench_load.awb(g bigint) returns text language sql immutable return
  (select case g % 3 when 0 then p || '-' || left(s, 4) || ' ' || right(s, 3) || c
                     when 1 then p || '-' || s || c else p || s || c end
   from (select (array['020', '172', '176', '235', '057'])[1 + (g % 5)::int] as p,
                lpad(((g * 7919) % 10000000)::text, 7, '0') as s,
                (((g * 7919) % 10000000) % 7)::text as c) x);

create table bench_load.lang3 (n int, lang text);
insert into bench_load.lang3 values (0, 'da'), (1, 'de'), (2, 'en');

drop index work.item_search, work.item_refs, inbox.message_search, inbox.message_refs;
\echo bench: conversations
insert into inbox.conversation (id, workspace_id, mailbox_id, subject_key, participants, subject, started_at, last_message_at)
select md5('c' || g)::uuid, box.workspace_id, box.id, 'bench ' || g, 'kunde@' || c.domain,
  case l.lang when 'da' then 'Forsendelse ' || (500000 + g % 90000) || ' – ' || c.name
              when 'de' then 'Lieferung ' || (500000 + g % 90000) || ' – ' || c.name
              else 'Shipment AWB ' || bench_load.awb(g) || ' – ' || c.name end,
  now() - (g % 700000) * interval '1 minute', now() - (g % 700000) * interval '1 minute'
from generate_series(1, :messages / 2) g
join bench_load.box on box.n = g % (select count(*) from bench_load.box)
join bench_load.customer c on c.n = (g / 5) % 10
join bench_load.lang3 l on l.n = (g / 3) % 3;

\endif

\if :rows
\echo bench: work items and messages, part :part of :parts
insert into work.item (id, workspace_id, number, type, title, status, priority, tags, customer, customer_name, source,
  scope, sla, created_at, updated_at, last_activity_at)
select gen_random_uuid(), ws.id, 1000 + g / 5, (array['email','track','pod','customs','booking'])[1 + g % 5],
  case l.lang
    when 'da' then (array['Forsendelse ', 'Afhentning af ordre ', 'Manglende følgeseddel til ', 'Skade på pallerne i '])[1 + (g / 7) % 4]
                   || (400000 + g % 90000) || ' – ' || c.name
    when 'de' then (array['Lieferschein für Auftrag ', 'Sendung ', 'Abholung Auftrag ', 'Zollpapiere für Sendung '])[1 + (g / 7) % 4]
                   || (400000 + g % 90000) || ' – ' || c.name
    else (array['POD request for AWB ', 'Shipment delayed, AWB ', 'Customs hold for AWB ', 'Damaged cargo, AWB '])[1 + (g / 7) % 4]
         || bench_load.awb(g) || ' – ' || c.name end,
  case when g % 6 = 0 then 'OPEN' else 'RESOLVED' end, 'NORMAL',
  array[(array['tracking','pod','customs','damage'])[1 + g % 4]], 'C' || c.n, c.name, 'EMAIL',
  case when g % 10 = 0 then 'customer:' || lower(c.name) end, '{}',
  now() - (g % 500000) * interval '1 minute', now(), now() - (g % 500000) * interval '1 minute'
from generate_series(1, :items) g
join bench_load.ws on ws.n = g % (select count(*) from bench_load.ws)
join bench_load.customer c on c.n = (g / 5) % 10
join bench_load.lang3 l on l.n = (g / 3) % 3
where g % :parts = :part;

insert into inbox.message (id, workspace_id, mailbox_id, conversation_id, direction, dedupe_key, from_address, from_name,
  to_addresses, cc_addresses, subject, received_at, body_text, headers, automated, raw_size)
select gen_random_uuid(), cv.workspace_id, cv.mailbox_id, cv.id, case when m = 0 then 'IN' else 'OUT' end,
  'bench-' || g || '-' || m, case when m = 0 then 'kunde' || (g % 50) || '@' || c.domain else 'support@bench.example' end,
  case when m = 0 then c.name else 'Support' end, '[]', '[]',
  case when m = 0 then cv.subject else 'Re: ' || cv.subject end,
  cv.started_at + m * interval '30 minutes',
  (select string_agg(s.text, ' ' order by k) from generate_series(0, 2 + g % 3) k
     join bench_load.sentence s on s.lang = l.lang and s.n = (g * 3 + k * 5 + m) % 8)
    || E'\n\n' || case (g + m) % 4 when 0 then 'AWB ' || bench_load.awb(g)
                                    when 1 then 'Ordre/Auftrag ' || (500000 + g % 90000)
                                    when 2 then 'Ref. ' || c.name || '-' || (g % 100000)
                                    else 'AWB ' || bench_load.awb(g * 13) end
    || E'\n\n' || case l.lang when 'da' then 'Med venlig hilsen' when 'de' then 'Mit freundlichen Grüßen' else 'Best regards' end
    || E'\n' || c.name,
  '{}', false, 2000
from generate_series(1, :messages / 2) g
join inbox.conversation cv on cv.id = md5('c' || g)::uuid
join bench_load.customer c on c.n = (g / 5) % 10
join bench_load.lang3 l on l.n = (g / 3) % 3
cross join generate_series(0, 1) m
where g % :parts = :part;

\endif

\if :finish
select :part = 0 as first \gset
\if :first
\echo bench: attachments
insert into inbox.attachment (id, message_id, document_id, name, content_type, size_bytes, inline, mailbox_id,
  received_at)
select gen_random_uuid(), m.id, gen_random_uuid(),
  (array['POD_', 'CMR-', 'Lieferschein_', 'Faktura-'])[1 + (abs(hashtext(m.dedupe_key)) % 4)]
    || substr(md5(m.dedupe_key), 1, 6) || '.pdf', 'application/pdf', 120000, false, m.mailbox_id, m.received_at
from inbox.message m where m.direction = 'IN' and abs(hashtext(m.dedupe_key)) % 5 = 0;

\echo bench: indexes
create index item_search on work.item using gin (search);
create index item_refs on work.item using gin (refs gin_trgm_ops);
\else
create index message_search on inbox.message using gin (search);
create index message_refs on inbox.message using gin (refs gin_trgm_ops);
\endif
\endif
