# Sourced by bench/run.sh (fast22, issue 22): every anonymous public page against nginx serving
# the same bytes, in the same run; each page's figures beside the previous run's in its own
# section of docs/benchmarks.md (between the public-pages markers). Uses run.sh's APP_PORT,
# NGINX_PORT, WORK, DURATION, WARMUP and bench/common.sh (sourced by run.sh); nginx serves $WORK/www.

# The first link on a list page to one of its detail pages (a path, or nothing).
first_link() {
  curl -s "http://127.0.0.1:$APP_PORT$1" | grep -o "href=\"$2[^\"?#]*\"" | sed 's/^href="//; s/"$//' \
    | grep -v -E "$2(new|manage|reports|category)?$" | head -n 1 || true
}

# The pages of issue 22's table, detail pages taken from their lists (skipped when a list is empty).
public_pages() {
  echo /
  echo /news
  first_link /news /news/category/
  echo "$ARTICLE_PATH"
  echo /documents
  first_link /documents /documents/
  echo /organisations
  first_link /organisations /organisations/
  echo /people
  first_link /people /people/
  echo /market
  first_link /market /market/listings/
  echo /programs
  first_link /programs /programs/
  echo /calls
  first_link /calls /calls/
  echo /tasks
  first_link /tasks /tasks/
  echo /results
  first_link /results /results/
  first_link /news /news/category/ | sed 's#^/news/category/#/rss/#'   # the first category's feed
  echo /sitemap.xml
}

# The figures issue 22 reported before this work (req/s, p99, ratio), for the table's "before" column.
before_figures() {
  case "$1" in
    /) echo "818 · 85 ms · 0.01" ;;
    /news) echo "762 · 98 ms · 0.008" ;;
    /market) echo "703 · 114 ms · 0.005–0.012" ;;
    /news/*/*|/news/category/*) echo "" ;;
    /news/*) echo "23,183 · 7.7 ms · 0.27 (shortcut ahead of the chain)" ;;
    /documents|/organisations|/programs|/calls|/tasks|/results) echo "1,400–2,400 · 41–57 ms · 0.017–0.025" ;;
    *) echo "" ;;
  esac
}

# One page: warm-up, doimoi (each request a new reader), nginx on the same bytes; one table row.
page_row() {
  local path=$1 name file
  name=$(echo "$path" | tr '/?=&.' '_____' )
  file="$WORK/www/page$name.html"
  curl -s -H "Cookie: dm_visitor=eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee" "http://127.0.0.1:$APP_PORT$path" -o "$file"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")
  [ "$status" = 200 ] || { echo "| \`$path\` | answered $status | | | | | | |"; return; }
  wrk -t2 -c32 -d"${PAGE_WARMUP}s" -s bench/visitors.lua "http://127.0.0.1:$APP_PORT$path" -- 3 >/dev/null
  wrk -t2 -c32 -d"${PAGE_DURATION}s" --latency -s bench/visitors.lua "http://127.0.0.1:$APP_PORT$path" -- 4 \
    > "$WORK/page-doimoi.txt"
  wrk -t2 -c32 -d"${PAGE_DURATION}s" --latency "http://127.0.0.1:$NGINX_PORT/page$name.html" > "$WORK/page-nginx.txt"
  echo "| \`$path\` | $(stat -c %s "$file") | $(rps "$WORK/page-doimoi.txt") | $(p99 "$WORK/page-doimoi.txt") | $(rps "$WORK/page-nginx.txt") | $(ratio "$WORK/page-doimoi.txt" "$WORK/page-nginx.txt") | $(grep 'Non-2xx' "$WORK/page-doimoi.txt" | awk '{print $5}' || true)$(grep 'Non-2xx' "$WORK/page-nginx.txt" | awk '{print " (nginx: " $5 ")"}' || true) | $(before_figures "$path") |"
}

public_pages_bench() {
  PAGE_DURATION=${PAGE_DURATION:-$DURATION}
  PAGE_WARMUP=${PAGE_WARMUP:-5}
  local rows="$WORK/public-pages.md" heap
  : > "$rows"
  while read -r path; do
    [ -n "$path" ] && page_row "$path" >> "$rows"
  done < <(public_pages)
  heap=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || true)
  cat > "$WORK/public-pages-section.md" <<MD
<!-- public-pages:begin -->
## Every public page vs nginx (issue 22)

Run: $(date -u +"%Y-%m-%d %H:%M UTC") on $(nproc) cores, \`-Xmx${XMX:-512m}\`, ${PAGE_WARMUP} s warm-up and
${PAGE_DURATION} s per page and server, wrk 2 threads 32 connections, each request a new reader
(\`bench/visitors.lua\`: every request counted). wrk, nginx and doimoi share the cores (anything else running
raises the load): \`uptime\` at the start: $PAGES_LOAD_START; at the end: $(uptime | sed 's/.*load average/load average/').
Heap in use at the end: ${heap:-unknown}.

| page | bytes | doimoi req/s | doimoi p99 | nginx req/s (same bytes) | ratio | non-2xx | before (issue 22: req/s · p99 · ratio) |
|---|---:|---:|---:|---:|---:|---:|---|
$(cat "$rows")
<!-- public-pages:end -->
MD
  write_section public-pages "$WORK/public-pages-section.md"
  cat "$WORK/public-pages-section.md"
}

# What the security chain costs a kept page (issue 22, ADR 0074): JFR samples of the request
# threads during a wrk run on the article page, split into the chain's own work, the kept page's
# answer below it, and the rest (Tomcat, the filters before the chain). Needs the app started
# with JAVA_OPTS=-XX:FlightRecorderOptions:stackdepth=256. Usage: PROFILE=1 bench/run.sh
chain_cost_profile() {
  local jfr="$WORK/kept.jfr"
  jcmd "$APP_PID" JFR.start name=kept settings=profile filename="$jfr" >/dev/null
  wrk -t2 -c32 -d"${PAGE_DURATION:-$DURATION}s" -s bench/visitors.lua "$URL" -- 5 > "$WORK/wrk-profile.txt"
  jcmd "$APP_PID" JFR.stop name=kept >/dev/null
  jfr print --events jdk.ExecutionSample --stack-depth 256 "$jfr" | awk '
    /jdk.ExecutionSample/ { inside = 1; stack = ""; thread = ""; next }
    inside && /sampledThread/ { thread = $0 }
    inside && /^}/ {
      inside = 0
      if (thread !~ /http-nio/) next
      total++
      if (stack ~ /HeaderWriterFilter\$HeaderWriterResponse|HeaderWriterFilter.writeHeaders/) headers++
      else if (stack ~ /KeptPagesFilter/) kept++
      else if (stack ~ /FilterChainProxy/) chain++
      else rest++
      next
    }
    inside { stack = stack "\n" $0 }
    END {
      printf "| request-thread samples | %d |\n", total
      printf "| security chain (its filters, before the kept page) | %.1f %% |\n", 100 * chain / total
      printf "| security headers written at commit | %.1f %% |\n", 100 * headers / total
      printf "| kept page answer (lookup, counting, writing) | %.1f %% |\n", 100 * kept / total
      printf "| Tomcat, filters before the chain, other | %.1f %% |\n", 100 * rest / total
    }' > "$WORK/chain-cost.md"
  echo "Profile of the kept article page, $(grep '^Requests/sec' "$WORK/wrk-profile.txt")"
  cat "$WORK/chain-cost.md"
}
