#!/usr/bin/env python3
"""Turns PostgreSQL's statement log (log_statement=all) from a byte offset on into a pgbench script:
every statement the service sent, its bind parameters inlined, in order. Usage: sqlcapture.py LOG OFFSET

Only reads are kept: the bench captures one read request (Q1-Q3), and the service's background jobs
(outbox relays, SMS sender, retriers) write while it is captured; their statements are not the request's."""
import re
import sys

ENTRY = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):  (.*)$")
OWN = re.compile(r"ALTER SYSTEM|pg_reload_conf|pg_stat_statements|^LISTEN", re.I)
WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE)\b|^(BEGIN|COMMIT|ROLLBACK)", re.I)
# Reads of the service's own gauges (the webhook backlog, WebhookQueue), which may land inside the capture.
GAUGES = re.compile(r"min\(created_at\)\), 0\)::float8 FROM webhook_delivery", re.I)


def entries(path, offset):
    with open(path, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    current = None
    for line in text.splitlines():
        m = ENTRY.match(line)
        if m:
            if current:
                yield current
            current = [m.group(2), m.group(3)]
        elif current:
            current[1] += "\n" + line
    if current:
        yield current


def params(detail):
    values = {}
    for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", detail):
        values[m.group(1)] = m.group(2)
    return values


def main():
    statements = []
    for kind, text in entries(sys.argv[1], int(sys.argv[2])):
        if kind == "LOG":
            m = re.match(r"(?:statement|execute [^:]*): (.*)", text, re.S)
            if m and not OWN.search(m.group(1)) and not WRITES.search(m.group(1).strip()) \
                    and not GAUGES.search(m.group(1)):
                statements.append(m.group(1).strip())
            else:
                statements.append(None)
        elif kind == "DETAIL" and text.startswith("parameters:") and statements and statements[-1] is not None:
            values = params(text)
            statements[-1] = re.sub(r"\$(\d+)\b", lambda v: values.get(v.group(1), v.group(0)), statements[-1])
    for sql in filter(None, statements):
        print(" ".join(sql.split()).rstrip(";") + ";")


if __name__ == "__main__":
    main()
