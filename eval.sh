#!/usr/bin/env bash
# Writes one prediction JSON per bulletin of a folder by calling POST /api/extract of a running nlp-service, and
# prints the scorer's table when gold annotations are given.
#   ./eval.sh DIR [--gold GOLD_DIR] [--out OUT_DIR] [--url http://localhost:8082]
# The scorer is eval/score.py of the shared evaluation kit (SCORER=path, default ../shared/eval/score.py).
set -euo pipefail
cd "$(dirname "$0")"

[ $# -ge 1 ] || { echo "usage: $0 DIR [--gold GOLD_DIR] [--out OUT_DIR] [--url NLP_URL]" >&2; exit 2; }
in="$1"; shift
gold="" out="target/eval-pred" url="${NLP_URL:-http://localhost:8082}"
while [ $# -gt 0 ]; do
  case "$1" in
    --gold) gold="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
scorer="${SCORER:-../shared/eval/score.py}"

curl -fsS "$url/q/health/ready" >/dev/null || { echo "no nlp-service ready at $url (start it with ./run.sh)" >&2; exit 1; }
mkdir -p "$out"
count=0
for file in "$in"/*.txt; do
  [ -e "$file" ] || { echo "no .txt files in $in" >&2; exit 1; }
  name=$(basename "$file" .txt)
  curl -fsS -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$file" "$url/api/extract" \
    -o "$out/$name.json"
  count=$((count + 1))
done
echo "wrote $count predictions to $out" >&2

if [ -n "$gold" ]; then
  [ -f "$scorer" ] || { echo "scorer not found at $scorer (set SCORER)" >&2; exit 1; }
  python3 "$scorer" --gold "$gold" --pred "$out"
fi
