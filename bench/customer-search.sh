#!/usr/bin/env bash
# The customer search measurement of bench/README.md: 100,000 generated customers in a database of their own on the
# test cluster (which must be running), then reception's customer search (CustomerDirectory.SearchSql) for a few
# queries, each run as the app runs it once Npgsql has prepared it (a prepared statement, plan_cache_mode auto) and
# timed with EXPLAIN ANALYZE.
#
#   bench/customer-search.sh [git revision (default: this working tree)]
#
# The access migrations and SearchSql are read from that revision, so `bench/customer-search.sh 1627659` measures the
# search as it was before its trigram indexes.
# Environment: WELLPATH_PG_PORT (the test cluster's port, default 55433), WELLPATH_BENCH_DB (default customer_search;
# dropped and made afresh), WELLPATH_BENCH_ROUNDS (default 8: each search runs this many times, interleaved with the
# others; the times are over all rounds, the plan shown is the last round's).
# shellcheck disable=SC2016  # $1, $2, $3 are PostgreSQL's parameters, not the shell's
set -euo pipefail
cd "$(dirname "$0")/.."

REV=${1:-}
PG_PORT=${WELLPATH_PG_PORT:-55433}
DB=${WELLPATH_BENCH_DB:-customer_search}
ROUNDS=${WELLPATH_BENCH_ROUNDS:-8}
PSQL=${WELLPATH_PG_BIN:-/usr/lib/postgresql/15/bin}/psql
DIRECTORY=src/Modules/Access/Access/Customers/CustomerDirectory.cs
MAX_RESULTS=10   # CustomerSearch.MaxResults

source_of() { if [ -n "$REV" ]; then git show "$REV:$1"; else cat "$1"; fi; }
migrations() { if [ -n "$REV" ]; then git ls-tree --name-only "$REV" db/migrations/access/; else ls db/migrations/access/*.sql; fi; }
psql_db() { "$PSQL" "host=127.0.0.1 port=$PG_PORT user=postgres dbname=$1" -X -q -v ON_ERROR_STOP=1 "${@:2}"; }

# SearchSql as written in the code, with Npgsql's positional parameters.
SEARCH_SQL=$(source_of "$DIRECTORY" | sed -n '/SearchSql = """/,/^ *""";/p' | sed '1d;$d' \
  | sed -e 's/@Pattern/$1/g' -e 's/@Digits/$2/g' -e 's/@Limit/$3/g')
[ -n "$SEARCH_SQL" ] || { echo "bench/customer-search.sh: SearchSql not found in $DIRECTORY" >&2; exit 1; }

psql_db postgres -c "drop database if exists $DB" -c "create database $DB"
for m in $(migrations); do source_of "$m" | psql_db "$DB" -f -; done

# 100,000 customers, the same on every run: 60 first names x 80 surnames, an email per customer, a phone for 7 in
# 10 in one of four ways of writing it (8 digits derived from the row number).
psql_db "$DB" <<'SQL'
insert into access.customers (id, email, name, phone, created_at, updated_at)
select md5(i::text)::uuid,
       lower(f.name) || '.' || lower(s.name) || i || '@' || (array['example.org', 'mail.test', 'patients.test'])[1 + i % 3],
       f.name || ' ' || s.name,
       case when i % 10 < 7 then
         case i % 4
           when 0 then '+44 (' || left(d, 4) || ') ' || right(d, 4)
           when 1 then '0' || left(d, 3) || ' ' || right(d, 5)
           when 2 then left(d, 4) || '-' || right(d, 4)
           else d end
       end,
       now(), now()
from generate_series(1, 100000) i
cross join lateral (select lpad(((i::bigint * 7919) % 100000000)::text, 8, '0') d) digits
cross join lateral (select (string_to_array('Ada Alan Grace Edsger Barbara Donald Margaret Dennis Ken Niklaus John Frances Radia Leslie Tony Hedy Katherine Dorothy Mary Annie Claude Jean Sophie Emmy Marie Lise Rosalind Chien Hypatia Emil Carl Ida Karen Sergey Linus Guido Bjarne Anders James Larry Ruth Evelyn Joan Irene Adele Betty Kathleen Martha Lynn Shafi Whitfield Ralph Ivan Tim Vint Bob Jim Fran Judea Yann', ' '))[1 + i % 60] name) f
cross join lateral (select (string_to_array('Lovelace Turing Hopper Dijkstra Liskov Knuth Hamilton Ritchie Thompson Wirth McCarthy Allen Perlman Lamport Hoare Lamarr Johnson Vaughan Jackson Easley Shannon Sammet Wilson Noether Curie Meitner Franklin Wu Alexandria Post Gauss Rhodes Jones Brin Torvalds Rossum Stroustrup Hejlsberg Gosling Page Teitelbaum Clarke Clarke-Box Goldberg Booth Holberton Antonelli Spence Conway Goldwasser Diffie Merkle Sutherland Berners-Lee Cerf Kahn Gray Allen-Brown Pearl LeCun Bengio Hinton Nygaard Dahl Backus Naur Codd Chen Stonebraker Bachman Milner Floyd Tarjan Hopcroft Karp Cook Rabin Scott Kay Engelbart', ' '))[1 + (i * 7) % 80] name) s;
vacuum analyze access.customers;
SQL

# query text, as typed at the desk; the parameters are what SearchAsync passes for it.
SEARCHES=("ovelac" "marr12345" "3359 2398" "zqxjkv")
{
  echo "prepare search(text, text, int) as $SEARCH_SQL;"
  for round in $(seq 1 "$ROUNDS"); do
    for q in "${SEARCHES[@]}"; do
      pattern="%$(printf '%s' "$q" | sed -e 's/\\/\\\\/g' -e 's/%/\\%/g' -e 's/_/\\_/g')%"
      digits=$(printf '%s' "$q" | tr -cd '0-9'); [ ${#digits} -ge 4 ] || digits=""
      printf '%s\n' "\\echo '### $round $q'"
      echo "explain (analyze, buffers) execute search('$pattern', '$digits', $MAX_RESULTS);"
    done
  done
} > "/tmp/customer-search-$$.sql"
echo "load average before the searches: $(cut -d' ' -f1-3 /proc/loadavg)"
psql_db "$DB" -f "/tmp/customer-search-$$.sql" > "/tmp/customer-search-$$.out"
echo "load average after the searches: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "/tmp/customer-search-$$.sql"

for q in "${SEARCHES[@]}"; do
  times=$(awk -v q="$q" '/^### /{ on = (substr($0, index(substr($0, 5), " ") + 5) == q) } on && /Execution Time/{ print $3 }' "/tmp/customer-search-$$.out" | sort -n)
  printf '\n== "%s": execution ms over %s runs: min %s, median %s, max %s\n' "$q" "$ROUNDS" \
    "$(head -n1 <<< "$times")" "$(sed -n "$(( (ROUNDS + 1) / 2 ))p" <<< "$times")" "$(tail -n1 <<< "$times")"
  awk -v q="$q" -v last="$ROUNDS" '/^### /{ on = ($2 == last && substr($0, index(substr($0, 5), " ") + 5) == q); next } on' "/tmp/customer-search-$$.out"
done
rm -f "/tmp/customer-search-$$.out"
