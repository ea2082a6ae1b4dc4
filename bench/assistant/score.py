#!/usr/bin/env python3
"""Scores `deskhand triage` output against labelled mail (the dev set's JSON Lines).

usage: score.py GOLD.jsonl... --results RESULTS.jsonl [--timing TIMING.txt] [--markdown]
Reports per language (the gold `lang`; `other` covers Norwegian, Swedish, Dutch ...): intent accuracy and
macro-F1 over the intents present, language accuracy, reference precision/recall/F1 (a reference is its
(type, value) pair, also counting `quoted`), validity accuracy over the references found with the right type and
value, and urgency accuracy."""
import json, sys, collections

def load(paths):
    rows = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    r = json.loads(line)
                    rows[r["id"]] = r
    return rows

def macro_f1(pairs):
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    present = sorted({g for g, _ in pairs})
    f1s = []
    for l in present:
        tp = sum(1 for g, p in pairs if g == l and p == l)
        fp = sum(1 for g, p in pairs if g != l and p == l)
        fn = sum(1 for g, p in pairs if g == l and p != l)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0

def main(argv):
    gold_paths, results, timing, markdown = [], None, None, False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--results": results = argv[i + 1]; i += 2; continue
        if a == "--timing": timing = argv[i + 1]; i += 2; continue
        if a == "--markdown": markdown = True; i += 1; continue
        gold_paths.append(a); i += 1
    gold = load(gold_paths)
    pred = load([results])
    groups = collections.defaultdict(list)
    for gid, g in gold.items():
        groups[g.get("lang", "other")].append(gid)
        groups["all"].append(gid)
    out = []
    header = ["set", "mails", "intent acc", "intent macro-F1", "language acc", "ref P", "ref R", "ref F1",
              "validity acc", "quoted acc", "urgent acc"]
    for name in ["da", "de", "en", "other", "all"]:
        ids = groups.get(name, [])
        if not ids:
            continue
        pairs, lang_ok, urgent_ok, missing = [], 0, 0, 0
        tp = fp = fn = valid_ok = valid_n = quoted_ok = 0
        for gid in ids:
            g = gold[gid]; p = pred.get(gid)
            if p is None:
                missing += 1; p = {"language": "", "intent": "", "urgent": None, "references": []}
            pairs.append((g["intent"], p["intent"]))
            lang_ok += (g.get("lang") == p["language"])
            urgent_ok += (bool(g.get("urgent")) == p["urgent"])
            gr = {(r["type"], r["value"]): r for r in g.get("references", [])}
            pr = {(r["type"], r["value"]): r for r in p.get("references", [])}
            hit = gr.keys() & pr.keys()
            tp += len(hit); fp += len(pr.keys() - gr.keys()); fn += len(gr.keys() - pr.keys())
            for k in hit:
                valid_n += 1
                valid_ok += (bool(gr[k].get("valid", True)) == pr[k]["valid"])
                quoted_ok += (bool(gr[k].get("quoted", False)) == pr[k]["quoted"])
        n = len(ids)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        acc = sum(1 for g_, p_ in pairs if g_ == p_) / n
        out.append([name, n, acc, macro_f1(pairs), lang_ok / n, prec, rec, f1,
                    valid_ok / valid_n if valid_n else 1.0, quoted_ok / valid_n if valid_n else 1.0, urgent_ok / n])
        if missing:
            print(f"{name}: {missing} mails without a result", file=sys.stderr)
    fmt = lambda v: f"{v:.3f}" if isinstance(v, float) else str(v)
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in out:
            print("| " + " | ".join(fmt(v) for v in row) + " |")
    else:
        print("\t".join(header))
        for row in out:
            print("\t".join(fmt(v) for v in row))
    if timing:
        with open(timing, encoding="utf-8") as f:
            for line in f:
                if line.startswith("timing:"):
                    print(("\n" if markdown else "") + line.strip())

if __name__ == "__main__":
    main(sys.argv[1:])
