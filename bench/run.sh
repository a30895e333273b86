#!/usr/bin/env bash
# One command: measures, in the same run on this machine, with wrk at 32 connections,
#   (1) doimoi rendering the seed article page (every request a new reader, so every request is a counted view),
#   (2) nginx serving the same HTML bytes as a static file,
# then checks the article's view count moved by exactly the number of completed requests,
# and writes the figures to its section of docs/benchmarks.md (between the portal-throughput
# markers; the other sections, e.g. search quality, are left as they are).
# Needs: a JDK 17+, nginx, wrk (apt-get install -y nginx wrk). Usage: bench/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
WARMUP=${WARMUP:-20}   # seconds of warm-up per server: the JIT needs it, more so on a loaded machine
APP_PORT=18080
NGINX_PORT=18081
WORK=$(mktemp -d /tmp/doimoi-bench.XXXXXX)
chmod 755 "$WORK"   # nginx's workers (another user) read the pages from it: mktemp makes it 700, and they answered 403
SEED_ARTICLE=6a1f3c1e-0000-4000-8000-000000000101

. bench/common.sh
bench_jar

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# doimoi with its own embedded database and index; DEMO=1 loads the demo data (lists with detail pages)
start_doimoi $APP_PORT "${DEMO:+demo}" -Xmx"${XMX:-512m}" ${JAVA_OPTS:-}
wait_healthy $APP_PORT "${START_WAIT:-400}"   # START_WAIT: the demo data on a loaded machine takes longer
ARTICLE_PATH=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$APP_PORT/news/by-id/$SEED_ARTICLE" | sed "s#http://127.0.0.1:$APP_PORT##")
URL="http://127.0.0.1:$APP_PORT$ARTICLE_PATH"

# the same bytes for nginx
mkdir -p "$WORK/www"
curl -s "$URL" -o "$WORK/www/article.html"
BYTES=$(stat -c %s "$WORK/www/article.html")
start_static_nginx $NGINX_PORT
# a comparison with nginx's error page would mean nothing
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/article.html" || { echo "nginx does not serve the saved page" >&2; exit 1; }

views() {
  # a fixed reader who has already been counted, so reading the count does not change it
  curl -s -H "Cookie: dm_visitor=ffffffff-ffff-4fff-8fff-ffffffffffff" "$URL" \
    | grep -o 'Lượt xem: <strong>[0-9.]*' | grep -o '[0-9.]*$' | tr -d .
}
views >/dev/null
# warm up both (not counted in the figures; the warm-up views are part of BEFORE)
wrk -t2 -c32 -d"${WARMUP}s" -s bench/visitors.lua "$URL" -- 1 >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$NGINX_PORT/article.html" >/dev/null
sleep 6
BEFORE=$(views)

wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/visitors.lua "$URL" -- 2 > "$WORK/wrk-doimoi.txt"
wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$NGINX_PORT/article.html" > "$WORK/wrk-nginx.txt"
sleep 6   # well past a flush (every 0.5 s): counts go from memory to the database
AFTER=$(views)

non2xx() { grep 'Non-2xx' "$1" | awk '{print $5}' || true; }
D_RPS=$(rps "$WORK/wrk-doimoi.txt"); N_RPS=$(rps "$WORK/wrk-nginx.txt")
D_P99=$(p99 "$WORK/wrk-doimoi.txt"); N_P99=$(p99 "$WORK/wrk-nginx.txt")
D_DONE=$(completed "$WORK/wrk-doimoi.txt"); D_BAD=$(non2xx "$WORK/wrk-doimoi.txt")
RATIO=$(ratio "$WORK/wrk-doimoi.txt" "$WORK/wrk-nginx.txt")
COUNTED=$((AFTER - BEFORE))

cat > "$WORK/section.md" <<MD
<!-- portal-throughput:begin -->
Reproduce with \`bench/run.sh [seconds]\` (needs a JDK, \`nginx\` and \`wrk\` from Debian). It starts
the packaged jar with its own embedded PostgreSQL, takes the seed article page, serves the same
bytes from nginx, and runs wrk against both in the same run (2 threads, 32 connections,
${DURATION} s each, after a ${WARMUP} s warm-up of doimoi and 5 s of nginx).

## Article page vs nginx (same ${BYTES} bytes)

Run: $(date -u +"%Y-%m-%d %H:%M UTC") on $(nproc) cores ($(uname -m)); load average at the end below.

| | requests/s | p99 latency | completed requests |
|---|---:|---:|---:|
| doimoi \`GET $ARTICLE_PATH\` (rendered, view counted) | $D_RPS | $D_P99 | $D_DONE |
| nginx, same bytes as a static file | $N_RPS | $N_P99 | $(completed "$WORK/wrk-nginx.txt") |
| **ratio doimoi / nginx** | **$RATIO** | | |

Goal: ratio ≥ 0.15 and doimoi p99 ≤ 25 ms at 32 connections.

## View count exactness

Every wrk request carries a different \`dm_visitor\` cookie (\`bench/visitors.lua\`), so every
completed request is a new reader and must count exactly once; nothing is de-duplicated
(non-2xx responses: ${D_BAD:-0}).

| view count before | after | counted | completed requests |
|---:|---:|---:|---:|
| $BEFORE | $AFTER | $COUNTED | $D_DONE |

The counts are read from the page with a reader already counted, 6 s (twelve flush intervals) after
the run. wrk's "completed" leaves out the requests still in flight when it stops (at most one per
connection, 32), which doimoi has already counted, so exact counting means
completed ≤ counted ≤ completed + 32: here counted − completed = $((COUNTED - D_DONE)).

Load on the machine during this run (1-minute load average at the end): $(cut -d' ' -f1 /proc/loadavg).
<!-- portal-throughput:end -->
MD
write_section portal-throughput "$WORK/section.md"
cat "$WORK/section.md"

# every public page against nginx (fast22, issue 22; functions in bench/public-pages.sh)
PAGES_LOAD_START=$(uptime | sed 's/.*load average/load average/')
. bench/public-pages.sh
public_pages_bench
if [ -n "${PROFILE:-}" ]; then chain_cost_profile; fi
# the mixed run (home, articles, lists, search) and search under load, against nginx with the same
# bytes: its own instance with the demo content and -Xmx512m; MIX=0 leaves it out
if [ "${MIX:-1}" = 1 ]; then
  cleanup
  bench/mix.sh "$DURATION"
fi
