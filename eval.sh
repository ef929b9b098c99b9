#!/usr/bin/env bash
# Writes one prediction JSON per bulletin (*.txt) of DIR — the shape POST /api/extract answers and eval/score.py
# reads — and, when a gold folder is given, prints the scorer's table.
#
#   ./eval.sh DIR [GOLD_DIR] [OUT_DIR]
#   ./eval.sh ../shared/samples ../shared/eval/gold
#   ./eval.sh /work/devdata/A            (a built development set: DIR/pages/*.txt, gold from DIR/gold)
#
# A bulletin whose file name carries its issue date (rmrb_20200131_p01.txt, 2020-01-31.txt) is sent with that date as
# source.publishedOn, as a feed would send it.
#
# Predictions come from POST /api/extract of the nlp-service running at NLP_URL (default http://localhost:8082);
# when none answers there, from the same extraction core run directly (ExtractCli). OUT_DIR defaults to
# nlp-service/target/eval-pred; SCORER overrides the scorer (default ../shared/eval/score.py). The request carries a
# feed key: BULLETIN_API_KEY, else BULLETIN_DEV_KEY, else local-dev-key (the one ./run.sh's services accept).
set -euo pipefail

usage="usage: ./eval.sh DIR [GOLD_DIR] [OUT_DIR]"
in=$(realpath "${1:?$usage}")
gold=${2:+$(realpath "$2")}
if ! compgen -G "$in/*.txt" >/dev/null && [[ -d "$in/pages" ]]; then
  [[ -z "$gold" && -d "$in/gold" ]] && gold="$in/gold"
  in="$in/pages"
fi
out=$(realpath -m "${3:-nlp-service/target/eval-pred}")
cd "$(dirname "$0")"
source deploy/lib/common.sh
scorer=$(realpath -m "${SCORER:-../shared/eval/score.py}")
url="${NLP_URL:-http://localhost:8082}"
key="${BULLETIN_API_KEY:-${BULLETIN_DEV_KEY:-local-dev-key}}"
mkdir -p "$out"

if curl -fsS "$url/q/health/ready" >/dev/null 2>&1; then
  log "extracting with POST $url/api/extract"
  for file in "$in"/*.txt; do
    python3 - "$file" <<'PY' |
import datetime, json, re, sys
path = sys.argv[1]
name = path.rsplit("/", 1)[-1]
published = None
for m in re.finditer(r"(?<![0-9])(\d{4})-?(\d{2})-?(\d{2})(?![0-9])", name):
    try:
        published = datetime.date(*map(int, m.groups())).isoformat()
        break
    except ValueError:
        pass
with open(path, encoding="utf-8") as f:
    text = f.read()
print(json.dumps({"text": text, "source": {"publishedOn": published, "fileName": name}}, ensure_ascii=False))
PY
    curl -fsS -X POST -H 'Content-Type: application/json; charset=utf-8' -H "Authorization: Bearer $key" --data-binary @- "$url/api/extract" \
      -o "$out/$(basename "$file" .txt).json"
  done
else
  log "no nlp-service at $url: running the extraction core directly"
  ./mvnw -q -B -pl nlp-service -am compile dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
  java -cp "nlp-service/target/classes:$(cat nlp-service/target/classpath.txt)" \
      org.bulletinpipeline.nlp.cli.ExtractCli "$in" "$out"
fi
log "predictions in $out"
if [[ -n "$gold" ]]; then
  python3 "$scorer" --gold "$gold" --pred "$out"
fi
