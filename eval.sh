#!/usr/bin/env bash
# Runs the extraction core over every bulletin (*.txt) of DIR, writes one prediction JSON per bulletin
# (the shape POST /api/extract answers and eval/score.py reads) and, when a gold folder is given, prints
# the scorer's table.
#
#   ./eval.sh DIR [GOLD_DIR] [OUT_DIR]
#   ./eval.sh ../shared/samples ../shared/eval/gold
#
# OUT_DIR defaults to nlp-service/target/eval-pred; SCORER overrides the scorer (default ../shared/eval/score.py).
set -euo pipefail

usage="usage: ./eval.sh DIR [GOLD_DIR] [OUT_DIR]"
in=$(realpath "${1:?$usage}")
gold=${2:+$(realpath "$2")}
out=$(realpath -m "${3:-nlp-service/target/eval-pred}")
cd "$(dirname "$0")"
scorer=$(realpath -m "${SCORER:-../shared/eval/score.py}")

./mvnw -q -B -pl nlp-service -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "nlp-service/target/classes:$(cat nlp-service/target/classpath.txt)" \
    org.bulletinpipeline.nlp.cli.ExtractCli "$in" "$out"
if [[ -n "$gold" ]]; then
    python3 "$scorer" --gold "$gold" --pred "$out"
fi
