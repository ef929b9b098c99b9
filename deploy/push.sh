#!/usr/bin/env bash
# Pushes bulletin files to ingest-service, one multipart request per file (the file name is kept as source.fileName),
# with a progress line (files, bytes, rate, ETA), waiting as long as Retry-After says when the service sheds load or
# the broker is unavailable, and a summary of accepted / duplicate / refused at the end.
#   deploy/push.sh [-u URL] [-k KEY] DIR|FILE...
#   URL defaults to $INGEST_URL or http://localhost:8081; KEY to $BULLETIN_API_KEY, else $BULLETIN_DEV_KEY,
#   else local-dev-key. Exit status: 0 all accepted or duplicate, 1 usage or authentication error, 2 some refused
#   or not delivered.
set -euo pipefail

URL="${INGEST_URL:-http://localhost:8081}"
KEY="${BULLETIN_API_KEY:-${BULLETIN_DEV_KEY:-local-dev-key}}"
MAX_ATTEMPTS="${PUSH_MAX_ATTEMPTS:-20}"

usage() { echo "usage: $0 [-u URL] [-k KEY] DIR|FILE..." >&2; exit 1; }
while getopts "u:k:h" opt; do
  case "$opt" in
    u) URL="$OPTARG" ;;
    k) KEY="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || usage
command -v curl >/dev/null || { echo "curl is needed (apt-get install curl)" >&2; exit 1; }

files=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$arg" -type f ! -name '.*' -print0 | sort -z)
  elif [ -f "$arg" ]; then
    files+=("$arg")
  else
    echo "no such file or directory: $arg" >&2; exit 1
  fi
done
[ ${#files[@]} -gt 0 ] || { echo "no files to push" >&2; exit 1; }

total_bytes=0
for f in "${files[@]}"; do total_bytes=$((total_bytes + $(stat -c %s "$f"))); done

human() { numfmt --to=iec-i --suffix=B "$1" 2>/dev/null || echo "${1}B"; }
now_ms() { date +%s%3N; }
clock() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

accepted=0 duplicate=0 refused=0 undelivered=0 sent_bytes=0 done_files=0
refusals=()
start=$(now_ms)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

progress() {
  local elapsed=$(( $(now_ms) - start )) rate=0 eta="--:--"
  [ "$elapsed" -gt 0 ] && rate=$(( sent_bytes * 1000 / elapsed ))
  [ "$rate" -gt 0 ] && eta=$(clock $(( (total_bytes - sent_bytes) / rate )))
  printf '\r[%d/%d] %s/%s  %s/s  ETA %s  accepted %d  duplicate %d  refused %d%s' "$done_files" "${#files[@]}" \
    "$(human "$sent_bytes")" "$(human "$total_bytes")" "$(human "$rate")" "$eta" "$accepted" "$duplicate" "$refused" \
    "${1:-}" >&2
}

field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$2" | head -1; }

push_one() {
  local file="$1" attempt status outcome wait
  for ((attempt = 1; attempt <= MAX_ATTEMPTS; attempt++)); do
    status=$(curl -sS -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' -H "Authorization: Bearer $KEY" \
      -F "file=@$file" "$URL/api/bulletins" 2>"$tmp/error") || status=000
    case "$status" in
      200) outcome=$(field outcome "$tmp/body")
           case "$outcome" in
             accepted) accepted=$((accepted + 1)); return ;;
             duplicate) duplicate=$((duplicate + 1)); return ;;
             refused) refused=$((refused + 1)); refusals+=("$file: $(field type "$tmp/body") $(field detail "$tmp/body")"); return ;;
           esac ;;
      401|403) echo; echo "the service refused the key ($status): $(field detail "$tmp/body")" >&2; exit 1 ;;
      4*) refused=$((refused + 1)); refusals+=("$file: $status $(field type "$tmp/body") $(field detail "$tmp/body")"); return ;;
    esac
    # 503 with Retry-After (shed or broker unavailable), a 5xx or no connection: wait and send the same file again
    wait=$(sed -n 's/^[Rr]etry-[Aa]fter: *\([0-9]*\).*/\1/p' "$tmp/headers" 2>/dev/null | head -1)
    wait=${wait:-$((attempt < 5 ? attempt : 5))}
    progress "  (HTTP $status, retrying in ${wait}s)"
    sleep "$wait"
  done
  undelivered=$((undelivered + 1))
  refusals+=("$file: not delivered after $MAX_ATTEMPTS attempts (last HTTP $status)")
}

for file in "${files[@]}"; do
  push_one "$file"
  sent_bytes=$((sent_bytes + $(stat -c %s "$file")))
  done_files=$((done_files + 1))
  progress "                              "
done
elapsed=$(( ($(now_ms) - start) / 1000 ))
echo >&2
echo "pushed ${#files[@]} files ($(human "$total_bytes")) in $(clock "$elapsed") to $URL:" \
  "accepted $accepted, duplicate $duplicate, refused $refused, not delivered $undelivered"
for line in "${refusals[@]}"; do echo "  refused: $line"; done
[ $((refused + undelivered)) -eq 0 ] || exit 2
