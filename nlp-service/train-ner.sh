#!/bin/bash
# Trains the name tagger's model from character-level NER corpora (training splits only) and writes it to OUT.
#   nlp-service/train-ner.sh OUT.bin CORPUS... --exclude SET...
# A CORPUS is a file of "字 TAG" lines (MSRA msra_train_bio, People's Daily 1998 example.train, Weibo NER), a
# directory with sentences.txt and tags.txt, or a CLUENER 2020 .json file. Every sentence that equals, contains or
# lies inside a sentence of a SET (the development and test splits we measure with: BIO files or .jsonl with
# "text") is dropped before training. Runs on one thread at low priority; see ner/README.md beside the model.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "$1"); shift
CORPORA=(); for c in "$@"; do [[ $c == --* ]] && CORPORA+=("$c") || CORPORA+=("$(realpath "$c")"); done
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -o -pl test-support,nlp-service -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
cd nlp-service
nice -n 10 "$JAVA_HOME/bin/java" -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
    org.bulletinpipeline.nlp.train.NameTaggerTraining "$OUT" "${CORPORA[@]}"
