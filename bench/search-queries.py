#!/usr/bin/env python3
"""Search latency through Deskhand's API and of the same SQL, one query at a time, in one run.

Usage: search-queries.py BASE TOKEN SLUG DB COUNT OUTDIR RANGE (RANGE: the loader's numbers go up to it)
Sends COUNT queries (words, stems, references typed with hyphens) to GET /api/v1/workspaces/SLUG/search over one
kept-alive connection, then runs the statements Deskhand sends for each (work items, notes, conversations, with
the same steps chosen from the same rows; keep in step with SearchWindows, ItemSearch and ConversationSearch)
through one psql session, summing their server times. Prints p50/p99 of both as shell
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


# The statements Deskhand sends for one search, run bare through one psql session: SearchWindows' steps (keep in
# step with dev.deskhand.shared.SearchWindows, work.internal.ItemSearch and inbox.internal.ConversationSearch), the
# same choices made from the same rows, each statement's server time summed.
DAY = 86400
EDGES = [1 * DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY]
COMMON, RARE, SAMPLE, CANDIDATES = 0.02, 0.002, 500, 100


class Psql:
    def __init__(self):
        self.p = subprocess.Popen(['psql', '-qAtX', '-d', db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.p.stdin.write('\\timing on\n')
        self.ms = 0.0

    def rows(self, sql):
        self.p.stdin.write(sql.strip().rstrip(';') + ';\n\\echo __END__\n')
        self.p.stdin.flush()
        out = []
        while True:
            line = self.p.stdout.readline()
            if line == '':
                raise SystemExit('bench: psql ended')
            line = line.rstrip('\n')
            if line == '__END__':
                return out
            if line.startswith('Time: '):
                self.ms += float(line.split()[1])
            elif line.startswith('ERROR') or line.startswith('psql:'):
                raise SystemExit(f'bench: {line}\n{sql}')
            else:
                out.append(line.split('|'))


def ts(epoch):
    return f"to_timestamp({epoch})"


def window_sql(w, column):
    lo, hi = w
    return (f" and {column} >= {ts(lo)}" if lo is not None else '') + (f" and {column} < {ts(hi)}" if hi is not None else '')


def windows(now):
    out, upper = [], None
    for edge in EDGES:
        lower = now - edge
        out.append((lower, upper))
        upper = lower
    out.append((None, upper))
    return out


def match(template, alias, mode):
    if mode != 'SCAN':
        return template.replace('{search}', alias + '.search').replace('{refs}', alias + '.refs')
    return (template.replace('{search}', f"coalesce({alias}.search, ''::tsvector)")
            .replace('{refs}', f"coalesce({alias}.refs, '')"))


def newest_first(now, count, read):
    found, rows, covered = [], 0, 0
    for w in windows(now):
        rows += count(w)
        found += read(w, CANDIDATES - len(found), 'SCAN')
        if len(found) >= CANDIDATES or w[0] is None:
            return found
        covered += (w[1] if w[1] is not None else now) - w[0]
        share = len(found) / max(rows, SAMPLE)
        if share >= COMMON:
            continue
        lower = w[0]
        if share >= RARE:
            per_second = len(found) / max(1, covered)
            seconds = min(2 * (CANDIDATES - len(found)) / per_second, EDGES[-1])
            edge = lower - max(int(seconds), EDGES[0])
            found += read((edge, lower), CANDIDATES - len(found), 'WINDOW')
            if len(found) >= CANDIDATES:
                return found
            lower = edge
        return found + read((None, lower), CANDIDATES - len(found), 'REST')
    return found


def search_sql(pg, q, ws, boxes, now):
    """Runs Deskhand's statements for q on pg; returns the number of hits."""
    refs = references(q)
    m_ = "({search} @@ public.search_query(" + lit(q) + ")"
    rank_ref = '0'
    if refs:
        like = ' and '.join("{refs} like " + lit('%' + r + '%') for r in refs)
        m_ += ' or ' + like
        rank_ref = f"case when ' ' || {{refs}} || ' ' like {lit('% ' + refs[0] + ' %')} then 1.0 when {like} then 0.5 else 0 end"
    item_match, item_rank = m_, rank_ref
    num = re.fullmatch(r'[Ww]-?\s*(\d+)', q.strip())
    if num:
        item_match += f" or i.number = {num.group(1)}"
        item_rank = f"case when i.number = {num.group(1)} then 2.0 else {rank_ref} end"
    m_ += ')'
    item_match += ')'
    rank = "ts_rank({search}, public.search_query(" + lit(q) + ")) + %s as rank"
    wsa = f"any('{{{ws}}}'::uuid[])"

    def items_count(w):
        return int(pg.rows(f"select count(*) from work.item i where i.workspace_id = {wsa}"
                           + window_sql(w, 'i.last_activity_at'))[0][0])

    def items(w, wanted, mode):
        scope = f" and i.workspace_id = {wsa}"
        inside = '' if mode == 'REST' else scope + window_sql(w, 'i.last_activity_at')
        outside = scope + window_sql(w, 'i.last_activity_at') if mode == 'REST' else ''
        return pg.rows(f"""select i.id, i.last_activity_at, {match(rank % item_rank, 'i', 'INDEX')}
  from (select * from work.item i where {match(item_match, 'i', mode)}{inside} offset 0) i
  where (i.workspace_id = {wsa}){outside}
  order by i.last_activity_at desc limit {wanted}""")

    mb = "any('{" + ','.join(boxes) + "}'::uuid[])"

    def conv_count(w):
        return int(pg.rows(f"select count(*) from inbox.message m where true and m.mailbox_id = {mb}"
                           + window_sql(w, 'm.received_at'))[0][0])

    def convs(w, wanted, mode):
        def part(alias, column):
            scope = f" and {alias}.mailbox_id = {mb}"
            inside = '' if mode == 'REST' else scope + window_sql(w, column)
            outside = scope + window_sql(w, column) if mode == 'REST' else ''
            return inside, outside
        mi, mo = part('m', 'm.received_at')
        ai, ao = part('a', 'a.received_at')
        return pg.rows(f"""(select false as attachment, m.id as key, m.conversation_id, m.received_at, {match(rank % rank_ref, 'm', 'INDEX')}
  from (select * from inbox.message m where {match(m_, 'm', mode)}{mi} offset 0) m
  where true{mo}
  order by m.received_at desc limit {wanted})
union all
(select true, a.id, m.conversation_id, m.received_at, {match(rank % rank_ref, 'a', 'INDEX')}
  from (select * from inbox.attachment a where {match(m_, 'a', mode)}{ai} offset 0) a
  join inbox.message m on m.id = a.message_id
  where true{ao}
  order by a.received_at desc limit {wanted})""")[:wanted]

    pg.rows("begin; set local plan_cache_mode = force_custom_plan; set local work_mem = '32MB'")
    found_items = newest_first(now, items_count, items)
    notes = pg.rows(f"""select t.id, t.at, {match(rank % rank_ref, 't', 'INDEX')}
  from work.timeline t join work.item i on i.id = t.item_id
  where t.search is not null and (i.workspace_id = {wsa}) and {match(m_, 't', 'INDEX')}
  order by t.id desc limit {CANDIDATES}""")
    found_convs = newest_first(now, conv_count, convs)
    best_items = sorted(sorted(found_items, key=lambda r: r[1], reverse=True), key=lambda r: -float(r[2]))[:20]
    if best_items:
        pg.rows("select i.id, public.search_headline(concat_ws(' · ', i.title, i.customer_name, "
                f"array_to_string(i.tags, ', ')), {lit(q)}) from work.item i where i.id = any('{{"
                + ','.join(r[0] for r in best_items) + "}'::uuid[])")
    best, seen = [], set()
    for r in sorted(sorted(found_convs, key=lambda r: r[3], reverse=True), key=lambda r: -float(r[4])):
        if r[2] not in seen:
            seen.add(r[2])
            best.append(r)
    best = best[:20]
    if best:
        msgs = ','.join(r[1] for r in best if r[0] == 'f')
        atts = ','.join(r[1] for r in best if r[0] == 't')
        pg.rows(f"select m.id, public.search_headline(m.body_text, {lit(q)}) from inbox.message m where m.id = "
                f"any('{{{msgs}}}'::uuid[]) union all select a.id, public.search_headline(a.name, {lit(q)}) "
                f"from inbox.attachment a where a.id = any('{{{atts}}}'::uuid[])")
    pg.rows("commit")
    return len(best_items) + len(notes) + len(best)


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
pg = Psql()
sql_ms = []
for q in qs:
    pg.ms = 0.0
    search_sql(pg, q, ws, boxes, int(time.time()))
    sql_ms.append(pg.ms)
with open(f'{outdir}/timings.tsv', 'w') as f:
    f.write('query\thits\thttp_ms\tsql_ms\n')
    for q, h, a, b in zip(qs, hits, http_ms, sql_ms):
        f.write(f'{q}\t{h}\t{a:.2f}\t{b:.2f}\n')
slow = sorted(zip(http_ms, qs), reverse=True)[:5]
print(f'http_p50={pct(http_ms, .5):.1f} http_p99={pct(http_ms, .99):.1f} http_max={max(http_ms):.1f} '
      f'sql_p50={pct(sql_ms, .5):.1f} sql_p99={pct(sql_ms, .99):.1f} sql_max={max(sql_ms):.1f} '
      f'with_hits={sum(1 for h in hits if h)} queries={len(qs)}')
print('# slowest through HTTP: ' + '; '.join(f'{q!r} {ms:.0f} ms' for ms, q in slow), file=sys.stderr)
