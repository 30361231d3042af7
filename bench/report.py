#!/usr/bin/env python3
"""Writes the benchmark table (Markdown + JSON) from run.sh's key=value results and prints it."""
import argparse
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("out")
    for opt in ("--size", "--duration", "--connections", "--wrk-threads", "--cores"):
        ap.add_argument(opt)
    a = ap.parse_args()
    r = dict(line.rstrip("\n").split("=", 1) for line in open(a.results) if "=" in line)

    def nums(key, names):
        return dict(zip(names, map(float, r[key].split()))) if key in r else None

    rows, data = [], {"size": a.size, "duration_s": a.duration, "connections": a.connections,
                      "wrk_threads": a.wrk_threads, "cores": a.cores, "targets": {}}
    for t in ("Q1", "Q2", "Q3", "W1"):
        svc = nums(f"{t}.service", ["rps", "p50_ms", "p99_ms", "requests", "cpu_ms", "sql_per_request", "alloc_kb",
                                           "planned_pct"])
        if not svc:
            continue
        limit = nums(f"{t}.limit", ["tps", "p50_ms", "p99_ms"])
        sql = nums(f"{t}.sql", ["tps", "p50_ms", "p99_ms"])
        entry = {"service": svc, "limit": limit, "service_sql": sql, "rss_mb": r.get(f"{t}.rss")}
        if t == "W1":
            # A sale is one request (salePost); the rate counts the orders actually written.
            orders = int(r.get("W1.orders", "0"))
            entry["sales_per_s"] = orders / float(a.duration)
            entry["oversold_or_unbalanced_levels"] = int(r.get("W1.oversold", "-1"))
            rate, cpu, sqlr = entry["sales_per_s"], svc["cpu_ms"], svc["sql_per_request"]
            ref = sql
            label = "W1 sale (2 lines)"
        else:
            rate, cpu, sqlr, ref, label = svc["rps"], svc["cpu_ms"], svc["sql_per_request"], limit, t
        ratio = rate / ref["tps"] if ref and ref["tps"] else None
        entry["ratio_to_reference"] = ratio
        data["targets"][t] = entry
        alloc = f"{svc['alloc_kb']:.0f}" if svc.get("alloc_kb") else "–"
        # Which path answered the measured requests, from the service's newretail_graphql_requests_total{path}.
        served = (f"planned {svc['planned_pct']:.0f} %" if svc["planned_pct"] >= 50 else f"SmallRye {100 - svc['planned_pct']:.0f} %") \
            if "planned_pct" in svc else "–"
        rows.append(f"| {label} | {rate:.0f} | {svc['p50_ms']:.1f} | {svc['p99_ms']:.1f} | {cpu:.2f} | {alloc} | {sqlr:.1f} | "
                    f"{limit['tps']:.0f} / {limit['p50_ms']:.1f} / {limit['p99_ms']:.1f} |" if limit else
                    f"| {label} | {rate:.0f} | {svc['p50_ms']:.1f} | {svc['p99_ms']:.1f} | {cpu:.2f} | {alloc} | {sqlr:.1f} | – |")
        rows[-1] += (f" {sql['tps']:.0f} / {sql['p50_ms']:.1f} / {sql['p99_ms']:.1f} |" if sql else " – |")
        rows[-1] += f" {ratio * 100:.0f} % | {entry['rss_mb'] or '–'} |" if ratio is not None else f" – | {entry['rss_mb'] or '–'} |"
        rows[-1] += f" {served} |"
    if "Q1.first10" in r:
        data["q1_sql_per_request"] = {"first=10": float(r["Q1.first10"]), "first=100": float(r["Q1.first100"])}
    md = [f"Size {a.size}, {a.connections} connections, {a.duration} s per target, wrk {a.wrk_threads} threads, {a.cores} cores.",
          "",
          "| target | service req/s | p50 ms | p99 ms | app CPU ms/req | app alloc KB/req | SQL stmts/req "
          "| limit: flat JOIN tps / p50 / p99 | service's SQL via pgbench tps / p50 / p99 | service / reference | JVM RSS MB | served by |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|"] + rows
    dashboards = []
    for t, label in (("D1", "D1 people (HQ, by store)"), ("D2", "D2 goods (HQ, by SKU)"), ("D3", "D3 place (HQ)")):
        svc = nums(f"{t}.service", ["rps", "p50_ms", "p99_ms", "requests", "cpu_ms", "sql_per_request", "alloc_kb", "planned_pct", "p95_ms", "failures"])
        if not svc:
            continue
        met = svc["p95_ms"] <= 300 and svc.get("failures", 0) == 0
        data["targets"][t] = {"service": svc, "rss_mb": r.get(f"{t}.rss"), "p95_target_ms": 300, "met": met}
        dashboards.append(f"| {label} | {svc['rps']:.1f} | {svc['p50_ms']:.1f} | {svc['p95_ms']:.1f} | {svc['p99_ms']:.1f} | "
                          f"{svc['cpu_ms']:.1f} | {svc['alloc_kb']:.0f} | {svc['sql_per_request']:.1f} | "
                          f"{svc.get('failures', 0):.0f} | {'met' if met else 'NOT met'} |")
    if "q1_sql_per_request" in data:
        q = data["q1_sql_per_request"]
        md += ["", f"Q1 SQL statements per request: first=10 → {q['first=10']:.1f}, first=100 → {q['first=100']:.1f} (no N+1)."]
    if "W1" in data["targets"]:
        w = data["targets"]["W1"]
        md += ["", f"W1: {w['sales_per_s']:.0f} sales/s (salePost); reference = pgbench running the same sale transaction; "
                   f"stock levels negative or off their ledger after the run: {w['oversold_or_unbalanced_levels']}."]
    if dashboards:
        md += ["", "Dashboards (headquarters, last 30 days, BENCH_DASHBOARD_CONNECTIONS concurrent users; target p95 ≤ 300 ms):", "",
               "| target | req/s | p50 ms | p95 ms | p99 ms | app CPU ms/req | app alloc KB/req | SQL stmts/req | failed responses | p95 target |",
               "|---|---|---|---|---|---|---|---|---|---|"] + dashboards
    md += ["", "Reference for Q1–Q3: the flat JOIN returning the same rows (the physical limit); "
               "\"service's SQL\" replays the statements the service sent for one request."]
    text = "\n".join(md) + "\n"
    with open(a.out + ".md", "w") as f:
        f.write(text)
    with open(a.out + ".json", "w") as f:
        json.dump(data, f, indent=2)
    print(text)


if __name__ == "__main__":
    main()
