#!/usr/bin/env python3
"""Search latency through Deskhand's API and of the same SQL, one query at a time, in one run.

Usage: search-queries.py BASE TOKEN SLUG DB COUNT OUTDIR RANGE (RANGE: the loader's numbers go up to it)
Sends COUNT queries (words, stems, references typed with hyphens) to GET /api/v1/workspaces/SLUG/search over one
kept-alive connection, then runs the statements Deskhand sends for each (work items, notes, conversations; keep
in step with ItemSearch and ConversationSearch) through psql with timing. Prints p50/p99 of both as shell
assignments and writes the query list and raw timings to OUTDIR.
"""
import http.client
import json
import random
import re
import subprocess
import sys
import time
import urllib.parse

base, token, slug, db, count, outdir, span = sys.argv[1:8]
count, span = int(count), int(span)
random.seed(8)

WORDS = ['forsendelse', 'Lieferschein', 'shipment', 'palleoptælling', 'Zollpapiere', 'rampe', 'customs hold',
         'damaged pallets', 'Carlsberg', 'Vestas faktura', 'Padborg', 'Donnerstag', 'følgeseddel', 'POD',
         'Abholung', 'container vessel', 'Rechnung bezahlt', 'afhentning morgen', 'Arla', 'Liefertermin']
STEMS = ['forsendelser', 'Lieferscheine', 'shipments', 'afhentninger', 'Sendungen', 'pallets', 'fakturaer',
         'Rampen', 'toldpapirer', 'deliveries']


def awb(g):  # the loader's pg_temp.awb, in the spelling with a hyphen
    prefix = ['020', '172', '176', '235', '057'][g % 5]
    return prefix + '-' + str((g * 7919) % 10000000).zfill(7)


def queries():
    out = []
    for n in range(count):
        kind = n % 10
        if kind < 3:
            out.append(random.choice(WORDS))
        elif kind < 5:
            out.append(random.choice(STEMS))
        elif kind < 8:
            out.append(awb(random.randint(1, span))[:8])      # "020-1234": part of an AWB, with the hyphen
        elif kind < 9:
            out.append(str(500000 + random.randint(0, min(span, 89999))))   # an order number
        else:
            out.append('W-' + str(1000 + random.randint(0, span // 5)))
    return out


def references(text):  # SearchQuery.references()
    joined = re.sub(r'(\d) (?=\d)', r'\1', text.lower())
    refs = []
    for m in re.finditer(r'[\w\-./]+', joined):
        token = re.sub(r'[^\w]|_', '', m.group())
        if len(token) >= 3 and any(c.isdigit() for c in token) and token not in refs:
            refs.append(token)
    return refs


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def ref_parts(refs, rec):
    like = ' and '.join(f"{rec}.refs like {lit('%' + r + '%')}" for r in refs)
    return like


def item_sql(q, ws, notes):
    refs = references(q)
    rec = 't' if notes else 'i'
    match = f"({rec}.search @@ public.search_query({lit(q)})"
    rank = '0'
    if refs:
        match += ' or ' + ref_parts(refs, rec)
        rank = (f"case when ' ' || c.refs || ' ' like {lit('% ' + refs[0] + ' %')} then 1.0 when "
                f"{ref_parts(refs, 'c')} then 0.5 else 0 end")
    m = re.fullmatch(r'[Ww]-?\s*(\d+)', q.strip())
    if m and not notes:
        match += f" or i.number = {m.group(1)}"
        rank = f"case when c.number = {m.group(1)} then 2.0 else {rank} end"
    match += ')'
    where = f"(i.workspace_id = any('{{{ws}}}'::uuid[])) and {match}"
    if notes:
        inner = f"""select i.id, i.workspace_id, i.number, i.title, i.status, t.actor_name as detail, t.at as at,
            t.data ->> 'text' as doc, t.search, t.refs
          from work.timeline t join work.item i on i.id = t.item_id
          where t.search is not null and {where}
          order by t.id desc limit 200"""
    else:
        inner = f"""select i.id, i.workspace_id, i.number, i.title, i.status, coalesce(i.customer_name, i.customer, '')
            as detail, i.last_activity_at as at,
            concat_ws(' · ', i.title, i.customer_name, array_to_string(i.tags, ', ')) as doc, i.search, i.refs
          from work.item i
          where {where}
          order by i.last_activity_at desc limit 200"""
    return f"""select r.*, public.search_headline(r.doc, {lit(q)}) as snippet from (
  select c.*, ts_rank(c.search, public.search_query({lit(q)})) + {rank} as rank from ({inner}) c
  order by rank desc, c.at desc limit 20
) r order by r.rank desc, r.at desc;"""


def conversation_sql(q, boxes):
    refs = references(q)
    mm, am, rank = f"(m.search @@ public.search_query({lit(q)})", f"(a.search @@ public.search_query({lit(q)})", "0"
    if refs:
        mm += ' or ' + ref_parts(refs, 'm')
        am += ' or ' + ref_parts(refs, 'a')
        rank = (f"case when ' ' || c.refs || ' ' like {lit('% ' + refs[0] + ' %')} then 1.0 when "
                f"{ref_parts(refs, 'c')} then 0.5 else 0 end")
    mm += ')'
    am += ')'
    mb = "any('{" + ','.join(boxes) + "}'::uuid[])"
    return f"""select r.*, public.search_headline(r.doc, {lit(q)}) as snippet from (
  select c.*, ts_rank(c.search, public.search_query({lit(q)})) + {rank} as rank from (
    (select m.id, m.conversation_id, m.workspace_id, m.subject, m.from_name, m.from_address,
        m.received_at, m.body_text as doc, m.search, m.refs
      from inbox.message m
      where m.mailbox_id = {mb} and {mm}
      order by m.received_at desc limit 200)
    union all
    (select m.id, m.conversation_id, m.workspace_id, m.subject, m.from_name, m.from_address,
        m.received_at, a.name as doc, a.search, a.refs
      from inbox.attachment a join inbox.message m on m.id = a.message_id
      where m.mailbox_id = {mb} and {am}
      order by m.received_at desc limit 200)
  ) c
  order by rank desc, c.received_at desc limit 60
) r
order by r.rank desc, r.received_at desc;"""


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def psql(sql):
    return subprocess.run(['psql', '-qAtd', db, '-c', sql], check=True, capture_output=True, text=True).stdout.strip()


qs = queries()
with open(f'{outdir}/queries.txt', 'w') as f:
    f.write('\n'.join(qs) + '\n')
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)


def get(q):
    conn.request('GET', f'/api/v1/workspaces/{slug}/search?limit=20&q=' + urllib.parse.quote(q),
                 headers={'Authorization': 'Bearer ' + token})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise SystemExit(f'bench: {q!r} answered {r.status}: {body[:300]!r}')
    return json.loads(body)


for q in qs[:50]:  # warm-up, not measured
    get(q)
http_ms, hits = [], []
for q in qs:
    start = time.perf_counter()
    hits.append(len(get(q)))
    http_ms.append((time.perf_counter() - start) * 1000)

ws = psql(f"select id from workspace.workspace where slug = '{slug}'")
boxes = psql(f"select string_agg(id::text, ',') from inbox.mailbox where workspace_id = '{ws}'").split(',')
with open(f'{outdir}/search.sql', 'w') as f:
    f.write('\\timing on\n\\o /dev/null\n')
    for q in qs:
        f.write(item_sql(q, ws, False) + '\n' + item_sql(q, ws, True) + '\n' + conversation_sql(q, boxes) + '\n')
out = subprocess.run(['psql', '-qd', db, '-f', f'{outdir}/search.sql'], check=True, capture_output=True, text=True)
times = [float(t) for t in re.findall(r'^Time: ([0-9.]+) ms', out.stdout, re.M)]
if len(times) != 3 * len(qs):
    raise SystemExit(f'bench: expected {3 * len(qs)} SQL timings, got {len(times)}: {out.stderr[:500]}')
sql_ms = [sum(times[i:i + 3]) for i in range(0, len(times), 3)]
with open(f'{outdir}/timings.tsv', 'w') as f:
    f.write('query\thits\thttp_ms\tsql_ms\n')
    for q, h, a, b in zip(qs, hits, http_ms, sql_ms):
        f.write(f'{q}\t{h}\t{a:.2f}\t{b:.2f}\n')
slow = sorted(zip(http_ms, qs), reverse=True)[:5]
print(f'http_p50={pct(http_ms, .5):.1f} http_p99={pct(http_ms, .99):.1f} http_max={max(http_ms):.1f} '
      f'sql_p50={pct(sql_ms, .5):.1f} sql_p99={pct(sql_ms, .99):.1f} sql_max={max(sql_ms):.1f} '
      f'with_hits={sum(1 for h in hits if h)} queries={len(qs)}')
print('# slowest through HTTP: ' + '; '.join(f'{q!r} {ms:.0f} ms' for ms, q in slow), file=sys.stderr)
