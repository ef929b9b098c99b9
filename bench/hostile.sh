#!/usr/bin/env bash
# The standing hostile-input campaign (bench/HostileCampaign.java): starts the three packaged services on ports of
# their own (HOSTILE_PORTS, default 18281 18282 18283) with topics (hostile.*), consumer groups and a database
# (bulletins_hostile) of their own on the running Kafka and PostgreSQL, so nothing else on the machine is disturbed;
# sends REQUESTS generated hostile requests to every endpoint; checks 5xx, lost bulletins, readiness, and waits for
# every consumer group to commit to the end of its topics (a partition not moving for STALL_S is a stuck consumer);
# stops what it started. Exit status: 0 when every check held, 1 otherwise.
#
#   bench/hostile.sh [REQUESTS]        # default 6000; CONCURRENCY (4), SEED (16), SETTLE_S (300), DRAIN_S (600),
#                                      # STALL_S (90) in the environment
#
# Needs deploy/kafka.sh and deploy/postgres.sh running, and the services packaged (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/lib/common.sh

REQUESTS=${1:-6000}
read -r INGEST_PORT NLP_PORT QUERY_PORT <<<"${HOSTILE_PORTS:-18281 18282 18283}"
RUN=$(date +%s)
DIR="$RUN_DIR/hostile"
DATABASE=bulletins_hostile
FEED_KEY=hostile-feed-key
ADMIN_KEY=hostile-admin-key
# topics of this run only, like the database: the consumer groups are new each run and read from the beginning, so
# topics shared between runs had each run replay every earlier one (the ledger too: a page sent again was a
# duplicate of a bulletin an earlier run published). The campaign deletes what earlier runs left (hostile*).
T="hostile-$RUN"
RAW=$T.bulletins.raw ARTICLES=$T.articles.extracted DLQ=$T.bulletins.dlq LEDGER=$T.bulletins.ingested
M2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
KAFKA_CP="$M2/org/apache/kafka/kafka-clients/4.1.1/kafka-clients-4.1.1.jar:$(ls "$M2"/org/slf4j/slf4j-api/2.*/slf4j-api-2.*.jar | tail -1)"
mkdir -p "$DIR/logs" "$DIR/pids"

for service in ingest-service nlp-service query-service; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { echo "package $service first" >&2; exit 2; }
done

# a fresh database each run: what a campaign stored says nothing about the next, and the schema is this build's
log "creating the database $DATABASE afresh"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "psql -tAc \"$1\""; else sudo -u postgres psql -tAc "$1"; fi; }
as_postgres "drop database if exists $DATABASE" >/dev/null
as_postgres "create database $DATABASE owner bulletin" >/dev/null
write_keys_file "$DIR/access-keys" "$FEED_KEY" "$ADMIN_KEY"
java -cp "$KAFKA_CP" bench/HostileCampaign.java --ingest x --nlp x --query x --feed-key x --admin-key x \
  --kafka localhost:9092 --topics "$RAW,$ARTICLES,$DLQ,$LEDGER" --drop-prefix hostile --topics-only true

common=(-Xmx512m -Dquarkus.log.console.json.enabled=false "-Dbulletin.access.keys-file=$DIR/access-keys")
declare -A ARGS=(
  [ingest-service]="-Dquarkus.http.port=$INGEST_PORT -Dmp.messaging.outgoing.bulletins-raw.topic=$RAW
    -Dingest.ledger.topic=$LEDGER -Dingest.query-base-url=http://localhost:$QUERY_PORT"
  [nlp-service]="-Dquarkus.http.port=$NLP_PORT -Dmp.messaging.incoming.bulletins-raw.topic=$RAW
    -Dmp.messaging.incoming.bulletins-raw.group.id=hostile-nlp-$RUN
    -Dmp.messaging.outgoing.articles-extracted.topic=$ARTICLES -Dmp.messaging.outgoing.bulletins-dlq.topic=$DLQ"
  [query-service]="-Dquarkus.http.port=$QUERY_PORT -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/$DATABASE
    -Dquarkus.flyway.validate-at-start=false
    -Dmp.messaging.incoming.articles-extracted.topic=$ARTICLES -Dmp.messaging.incoming.articles-extracted.group.id=hostile-query-$RUN
    -Dmp.messaging.incoming.bulletins-raw.topic=$RAW -Dmp.messaging.incoming.bulletins-raw.group.id=hostile-query-$RUN
    -Dmp.messaging.incoming.bulletins-dlq.topic=$DLQ -Dmp.messaging.incoming.bulletins-dlq.group.id=hostile-query-$RUN
    -Dmp.messaging.outgoing.bulletins-dlq-out.topic=$DLQ -Dmp.messaging.outgoing.dead-letter-retries.topic=$RAW
    -Dquery.dead-letters.retry-topics=$RAW,$ARTICLES -Ddashboard.ingest-url=http://localhost:$INGEST_PORT"
)
declare -A PORT=([ingest-service]=$INGEST_PORT [nlp-service]=$NLP_PORT [query-service]=$QUERY_PORT)

stop_all() { for service in ingest-service nlp-service query-service; do stop_pid "$DIR/pids/$service.pid" "$service"; done; }
trap stop_all EXIT
ready() { curl -fsS "http://localhost:$1/q/health/ready" >/dev/null 2>&1; }
for service in nlp-service query-service ingest-service; do
  if port_open "${PORT[$service]}"; then echo "port ${PORT[$service]} is taken" >&2; exit 2; fi
  # shellcheck disable=SC2086
  nohup java "${common[@]}" ${ARGS[$service]} -jar "$service/target/quarkus-app/quarkus-run.jar" \
    >"$DIR/logs/$service.log" 2>&1 &
  echo $! >"$DIR/pids/$service.pid"
done
for service in nlp-service query-service ingest-service; do
  wait_for "$service" 180 ready "${PORT[$service]}" || { tail -30 "$DIR/logs/$service.log" >&2; exit 1; }
done

log "sending $REQUESTS hostile requests"
status=0
java -cp "$KAFKA_CP" bench/HostileCampaign.java --ingest "http://localhost:$INGEST_PORT" \
  --nlp "http://localhost:$NLP_PORT" --query "http://localhost:$QUERY_PORT" --feed-key "$FEED_KEY" \
  --admin-key "$ADMIN_KEY" --requests "$REQUESTS" --concurrency "${CONCURRENCY:-4}" --seed "${SEED:-16}" \
  --settle-s "${SETTLE_S:-300}" --drain-s "${DRAIN_S:-600}" --stall-s "${STALL_S:-90}" \
  --kafka localhost:9092 --out bench/results \
  --groups "hostile-nlp-$RUN=$RAW;hostile-query-$RUN=$RAW,$ARTICLES,$DLQ" || status=$?
grep -c ' ERROR ' "$DIR"/logs/*.log | sed 's/^/error lines in /' || true
exit $status
