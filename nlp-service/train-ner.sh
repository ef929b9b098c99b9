#!/bin/bash
# Trains the name tagger's model from character-level BIO corpora (training splits only) and writes it to OUT.
#   nlp-service/train-ner.sh OUT.bin CORPUS...
# A CORPUS is a file of "字 TAG" lines (People's Daily 1998 example.train, MSRA msra_train_bio) or a directory
# with sentences.txt and tags.txt. Runs on one thread at low priority; see docs/entity-layer.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "$1"); shift
CORPORA=(); for c in "$@"; do CORPORA+=("$(realpath "$c")"); done
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -o -pl test-support,nlp-service -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
cd nlp-service
nice -n 10 "$JAVA_HOME/bin/java" -Xmx3g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
    org.bulletinpipeline.nlp.train.NameTaggerTraining "$OUT" "${CORPORA[@]}"
