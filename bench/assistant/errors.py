#!/usr/bin/env python3
"""Lists where `deskhand triage` differs from the labels: errors.py GOLD.jsonl... --results RESULTS.jsonl [--what intent|lang|refs|urgent]"""
import json, sys
args = sys.argv[1:]
results = args[args.index("--results") + 1]
what = args[args.index("--what") + 1] if "--what" in args else "all"
gold_paths = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] not in ("--results", "--what"))]
gold = {}
for p in gold_paths:
    for line in open(p, encoding="utf-8"):
        if line.strip():
            r = json.loads(line); gold[r["id"]] = r
pred = {json.loads(l)["id"]: json.loads(l) for l in open(results, encoding="utf-8") if l.strip()}
for gid, g in gold.items():
    p = pred.get(gid)
    if p is None:
        print(gid, "no result"); continue
    if what in ("all", "intent") and g["intent"] != p["intent"]:
        print(f"{gid} intent {g['intent']} -> {p['intent']} ({p['confidence']}) | {g['subject']}")
    if what in ("all", "lang") and g["lang"] != p["language"]:
        print(f"{gid} lang {g['lang']} -> {p['language']} | {g['subject']}")
    if what in ("all", "urgent") and bool(g.get("urgent")) != p["urgent"]:
        print(f"{gid} urgent {g.get('urgent')} -> {p['urgent']} | {g['subject']}")
    if what in ("all", "refs"):
        gr = {(r["type"], r["value"], r.get("valid", True), r.get("quoted", False)) for r in g.get("references", [])}
        pr = {(r["type"], r["value"], r["valid"], r["quoted"]) for r in p["references"]}
        if gr != pr:
            print(f"{gid} refs missing {sorted(gr - pr)} extra {sorted(pr - gr)} | {g['subject']}")
