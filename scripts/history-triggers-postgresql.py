#!/usr/bin/env python3
"""Writes the PostgreSQL triggers of the change history from SQLite's V5.

Each SQLite trigger becomes a PL/pgSQL function and a row trigger that run the same statements,
so both stores record the same history_change and history_field rows for the same change:
  IS NOT x            -> IS DISTINCT FROM x (SQLite's IS NOT compares NULLs as values)
  strftime(... 'now') -> utc_now()
  history_context row -> history_context_now() (the transaction's own settings)
  max(id) of changes  -> currval of history_change's identity (this session's own row)
Usage: scripts/history-triggers-postgresql.py db/migrations/sqlite/V5__change_history.sql
"""
import re
import sys

source = open(sys.argv[1], encoding="utf-8").read()
triggers = re.findall(
    r"CREATE TRIGGER (\w+) AFTER (INSERT|UPDATE|DELETE) ON (\w+)\n(?:WHEN (.*?)\n)?BEGIN\n(.*?)\nEND;",
    source, re.S)


def translate(sql):
    sql = re.sub(r"\bIS NOT (?!NULL\b)", "IS DISTINCT FROM ", sql)
    sql = sql.replace("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", "utc_now()")
    sql = sql.replace("FROM history_context c WHERE c.id = 1", "FROM history_context_now() c")
    sql = sql.replace("(SELECT max(id) FROM history_change)",
                      "currval(pg_get_serial_sequence('history_change', 'id'))")
    return sql


out = []
table = None
for name, event, on, when, body in triggers:
    if on != table:
        out.append("-- " + on)
        table = on
    out.append("CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n%s\n    RETURN NULL;\nEND\n$$;"
               % (name, translate(body)))
    out.append("CREATE TRIGGER %s AFTER %s ON %s FOR EACH ROW%s EXECUTE FUNCTION %s();"
               % (name, event, on, "" if not when else "\nWHEN (%s)" % translate(when), name))
print("\n".join(out))
