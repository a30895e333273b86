# Sourced by the benchmarks that start doimoi against nginx (bench/run.sh, bench/mix.sh, and through
# run.sh bench/public-pages.sh) and by bench/faults.sh: the parts they share, written once — the
# packaged jar, doimoi on its own embedded database under $WORK, nginx serving the same bytes from
# $WORK/www, wrk's figures, and a script's section of docs/benchmarks.md. Uses the caller's WORK.

# The packaged jar in JAR (the caller's JAR wins; built when there is none).
bench_jar() {
  JAR=${JAR:-$(ls target/doimoi-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
  if [ -z "$JAR" ]; then
    ./mvnw -B -q package -DskipTests
    JAR=$(ls target/doimoi-*.jar | grep -v original | head -n 1)
  fi
}

# doimoi on a port with its own embedded database, index and files under $WORK, its log in
# $WORK/app.log. Usage: start_doimoi PORT PROFILE [JVM option…] (PROFILE may be empty). Sets APP_PID.
start_doimoi() {
  local port=$1 profile=$2
  shift 2
  java "$@" -jar "$JAR" --server.port="$port" ${profile:+--spring.profiles.active=$profile} \
    --doimoi.embedded-db.data-dir="$WORK/pg" --doimoi.search.index-dir="$WORK/index" \
    --doimoi.portal.audio-dir="$WORK/audio" --doimoi.portal.files-dir="$WORK/files" \
    --doimoi.identity.admin-password=cau-may-nui-xanh-9173 --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
  APP_PID=$!
}

# Waits until doimoi on PORT answers its health check, for SECONDS at most (the run goes on either way,
# as the figures then show the failures). Usage: wait_healthy PORT SECONDS
wait_healthy() {
  for _ in $(seq 1 "$2"); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 0
}

# nginx on PORT serving the files of $WORK/www as they are (pid in $WORK/nginx.pid).
start_static_nginx() {
  mkdir -p "$WORK/www" "$WORK/tmp"
  chmod 755 "$WORK" "$WORK/www"   # nginx's workers (another user) read the pages: mktemp makes it 700, and they answered 403
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $WORK/tmp;
  proxy_temp_path $WORK/tmp;
  fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp;
  scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$1; root $WORK/www; }
}
CONF
  nginx -c "$WORK/nginx.conf"
}

# wrk's figures, read from its output file
rps() { grep '^Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep -E '^ +99%' "$1" | awk '{print $2}'; }
completed() { grep 'requests in' "$1" | awk '{print $1}'; }
ratio() { awk -v a="$(rps "$1")" -v b="$(rps "$2")" 'BEGIN { printf "%.3f", a / b }'; }

# Puts a section (a file whose first and last lines are the markers <!-- NAME:begin --> and
# <!-- NAME:end -->) in docs/benchmarks.md in place of the one there, or at the end on a first run;
# the other sections are left as they are. Usage: write_section NAME FILE
write_section() {
  local name=$1 section=$2 merged
  merged=$(mktemp "$WORK/benchmarks.XXXXXX")
  if grep -q "<!-- $name:begin -->" docs/benchmarks.md 2>/dev/null; then
    awk -v section="$section" -v begin="<!-- $name:begin -->" -v end="<!-- $name:end -->" '
      index($0, begin) { while ((getline line < section) > 0) print line; skip = 1; next }
      index($0, end) { skip = 0; next }
      !skip { print }' docs/benchmarks.md > "$merged"
  elif [ -f docs/benchmarks.md ]; then
    { cat docs/benchmarks.md; echo; cat "$section"; } > "$merged"
  else
    { echo "# Benchmarks"; echo; cat "$section"; } > "$merged"
  fi
  cp "$merged" docs/benchmarks.md
}
