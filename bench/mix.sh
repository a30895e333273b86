#!/usr/bin/env bash
# The mixed run and search under load, each against nginx serving the same bytes in the same run
# (wrk, 2 threads, 32 connections, after warm-up), on the demo content brought to 50 articles:
#   (1) mix: home 30 %, article pages 40 % over 50 articles, lists 20 %, search 10 % over the
#       400 queries of bench/queries.txt; every request a new reader, view counts checked exact;
#   (2) the search page and the search API over the same 400 queries.
# Reports requests/s, p99, the ratio to nginx, non-2xx, the heap (-Xmx512m: the peak used, from
# jstat) and writes its section of docs/benchmarks.md (between the portal-mix markers).
# Needs: a JDK 17+, nginx, wrk, python3. Usage: bench/mix.sh [seconds]   (bench/run.sh calls it)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
WARMUP=${WARMUP:-20}
APP_PORT=${MIX_APP_PORT:-18090}
NGINX_PORT=${MIX_NGINX_PORT:-18091}
WORK=$(mktemp -d /tmp/doimoi-mix.XXXXXX)
chmod 755 "$WORK"   # nginx's workers (another user) read the pages from it
ARTICLES=50
VISITOR=ffffffff-ffff-4fff-8fff-ffffffffffff   # a reader already counted: reading a count does not move it

. bench/common.sh
bench_jar

cleanup() {
  [ -n "${JSTAT_PID:-}" ] && kill "$JSTAT_PID" 2>/dev/null || true
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start_doimoi $APP_PORT demo -Xmx512m -XX:+UseG1GC
wait_healthy $APP_PORT 600
APP="http://127.0.0.1:$APP_PORT"

# the paths of the mix: kind<TAB>path, one a line; line n is /f/n.html for nginx
python3 bench/mix_articles.py "$APP" $ARTICLES > "$WORK/articles.txt"
urlencode() { python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.rstrip("\n"))) for l in sys.stdin]'; }
{
  echo -e "home\t/"
  sed 's/^/article\t/' "$WORK/articles.txt"
  for list in /news /documents /organisations /people /market /programs /calls /tasks /results; do echo -e "list\t$list"; done
  urlencode < bench/queries.txt | sed 's#^#search\t/search?q=#'
} > "$WORK/mix.txt"
urlencode < bench/queries.txt | sed 's#^#/search?q=#' > "$WORK/search-page.txt"
urlencode < bench/queries.txt | sed 's#^#/api/v1/search?q=#' > "$WORK/search-api.txt"

# the same bytes for nginx, as a reader already counted sees them
mkdir -p "$WORK/www/f" "$WORK/www/s" "$WORK/www/a" "$WORK/tmp"
fetch() { curl -s -H "Cookie: dm_visitor=$VISITOR" "$APP$1" -o "$2"; }
n=0; while IFS=$'\t' read -r kind path; do n=$((n + 1)); fetch "$path" "$WORK/www/f/$n.html"; done < "$WORK/mix.txt"
n=0; while read -r path; do n=$((n + 1)); cp "$WORK/www/f/$((n + ARTICLES + 10)).html" "$WORK/www/s/$n.html"; done < "$WORK/search-page.txt"
n=0; while read -r path; do n=$((n + 1)); fetch "$path" "$WORK/www/a/$n.html"; done < "$WORK/search-api.txt"
start_static_nginx $NGINX_PORT
NGINX="http://127.0.0.1:$NGINX_PORT"

views() { # the sum of the view counts of the mix's articles
  local sum=0 count
  while read -r path; do
    count=$(curl -s -H "Cookie: dm_visitor=$VISITOR" "$APP$path" | grep -o 'Lượt xem: <strong>[0-9.]*' | grep -o '[0-9.]*$' | tr -d .)
    sum=$((sum + ${count:-0}))
  done < "$WORK/articles.txt"
  echo $sum
}

jstat -gc "$APP_PID" 1000 > "$WORK/jstat.txt" 2>/dev/null &
JSTAT_PID=$!
wrk -t2 -c32 -d"${WARMUP}s" -s bench/mix.lua "$APP" -- "$WORK/mix.txt" 1 >/dev/null
wrk -t2 -c32 -d5s -s bench/mix.lua "$NGINX" -- "$WORK/mix.txt" 1 nginx >/dev/null
sleep 6
BEFORE=$(views)
wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/mix.lua "$APP" -- "$WORK/mix.txt" 2 > "$WORK/mix-doimoi.txt"
wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/mix.lua "$NGINX" -- "$WORK/mix.txt" 2 nginx > "$WORK/mix-nginx.txt"
sleep 6   # well past a flush (every 0.5 s)
AFTER=$(views)

# JFR=/tmp/search.jfr records where the time of the search runs goes (jfr print --events jdk.ExecutionSample)
[ -n "${JFR:-}" ] && jcmd "$APP_PID" JFR.start name=search filename="$JFR" settings=profile >/dev/null
for kind in page api; do
  [ $kind = page ] && dir=s || dir=a
  wrk -t2 -c32 -d5s -s bench/search.lua "$APP" -- "$WORK/search-$kind.txt" >/dev/null
  wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/search.lua "$APP" -- "$WORK/search-$kind.txt" > "$WORK/search-$kind-doimoi.txt"
  wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/search.lua "$NGINX" -- "$WORK/search-$kind.txt" "/$dir/" > "$WORK/search-$kind-nginx.txt"
done
[ -n "${JFR:-}" ] && jcmd "$APP_PID" JFR.stop name=search >/dev/null
kill "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=

# answers that were not 2xx/3xx, and requests that timed out (wrk's 2 s) or failed on the socket
failed() { awk '/Non-2xx/ { n += $5 } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }
row() { echo "| $1 | $(rps "$2") | $(p99 "$2") | $(rps "$3") | $(p99 "$3") | **$(ratio "$2" "$3")** | $(failed "$2") | $(failed "$3") |"; }
ANSWERED=$(grep 'article pages answered' "$WORK/mix-doimoi.txt" | awk '{print $4}')
COUNTED=$((AFTER - BEFORE))
# peak heap used: S0U + S1U + EU + OU (KB) over the samples
HEAP_MB=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max / 1024 }' "$WORK/jstat.txt")

cat > "$WORK/section.md" <<MD
<!-- portal-mix:begin -->
## Mixed run and search under load (issue 22)

Reproduce with \`bench/mix.sh [seconds]\` (\`bench/run.sh\` calls it; needs a JDK, \`nginx\`, \`wrk\`,
\`python3\`). It starts the packaged jar with \`-Xmx512m\` and the demo profile in its own embedded
PostgreSQL, brings the demo to ${ARTICLES} published articles through the editor's forms
(\`bench/mix_articles.py\`), saves the bytes of every page of the mix for nginx, then runs wrk
(2 threads, 32 connections, ${DURATION} s each, after a ${WARMUP} s warm-up) against both in the same run.
The 400 queries (\`bench/queries.txt\`, from the demo content, half without diacritics) are made by
\`bench/make-queries.py\`.

Run: $(date -u +"%Y-%m-%d %H:%M UTC") on $(nproc) cores ($(uname -m)); \`uptime\` at the end:
\`$(uptime)\`. wrk, nginx and doimoi share the cores (anything else running raises the load and moves
the absolute figures); the ratios are same-run.

| run | doimoi req/s | doimoi p99 | nginx req/s | nginx p99 | ratio | doimoi non-2xx + timeouts | nginx non-2xx |
|---|---:|---:|---:|---:|---:|---:|---:|
$(row "mix (\`bench/mix.lua\`: home 30 %, ${ARTICLES} articles 40 %, 9 lists 20 %, 400 searches 10 %)" "$WORK/mix-doimoi.txt" "$WORK/mix-nginx.txt")
$(row "search page \`/search?q=…\` over 400 queries" "$WORK/search-page-doimoi.txt" "$WORK/search-page-nginx.txt")
$(row "search API \`/api/v1/search?q=…\` over 400 queries" "$WORK/search-api-doimoi.txt" "$WORK/search-api-nginx.txt")

Heap: \`-Xmx512m\`, peak used ${HEAP_MB} MB (jstat, every second, through the whole run).

View counts of the ${ARTICLES} articles in the mix: before ${BEFORE}, after ${AFTER}, counted ${COUNTED};
article pages answered (wrk's completed responses) ${ANSWERED}: counted − answered = $((COUNTED - ANSWERED))
(exact means 0 ≤ this ≤ 32, the requests in flight when wrk stops, which doimoi has counted).
<!-- portal-mix:end -->
MD
write_section portal-mix "$WORK/section.md"
cat "$WORK/section.md"
