#!/usr/bin/env bash
# A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run from the
# Maven Central jars of the version Quarkus's kafka-clients speaks. Data lives in .run/kafka/data.
#   deploy/kafka.sh start|stop|status|clean
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

KAFKA_DIR="$RUN_DIR/kafka"
KAFKA_PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PARTITIONS="${BULLETIN_TOPIC_PARTITIONS:-6}"
PID_FILE="$RUN_DIR/pids/kafka.pid"
# ingest-test.*: ingest-service's tests publish there, so the thousand bulletins of their fuzz test do not queue on
# bulletins.raw ahead of what nlp-service's and the end-to-end tests wait for
TOPICS=(bulletins.raw articles.extracted bulletins.dlq bulletins.ingested ingest-test.bulletins.raw
  ingest-test.bulletins.ingested)
# ingest-service's ledger of accepted bulletins (id -> text): only the latest record per key matters, kept forever
declare -A TOPIC_CONFIG=([bulletins.ingested]="--config cleanup.policy=compact"
  [ingest-test.bulletins.ingested]="--config cleanup.policy=compact")

libs() {
  if [ ! -f "$KAFKA_DIR/libs/.complete" ]; then
    log "fetching the Kafka broker jars from Maven Central"
    mkdir -p "$KAFKA_DIR/libs"
    "$ROOT/mvnw" -q -B -f "$ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_DIR/libs" >"$RUN_DIR/logs/kafka-fetch.log" 2>&1 \
      || { cat "$RUN_DIR/logs/kafka-fetch.log" >&2; exit 1; }
    touch "$KAFKA_DIR/libs/.complete"
  fi
}

kafka_java() { java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.yaml" \
  -Dkafka.logs.dir="$RUN_DIR/logs" -cp "$KAFKA_DIR/libs/*" "$@"; }

config() {
  mkdir -p "$KAFKA_DIR/data"
  cat >"$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=$PARTITIONS
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# a bulletin may be 5 MiB of text, and an article may be all of it
message.max.bytes=12582912
replica.fetch.max.bytes=12582912
PROPS
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    kafka_java kafka.tools.StorageTool format --standalone -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$KAFKA_DIR/server.properties" >"$RUN_DIR/logs/kafka-format.log" 2>&1 \
      || { cat "$RUN_DIR/logs/kafka-format.log" >&2; exit 1; }
  fi
}

create_topics() {
  local existing topic
  libs
  existing=$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list 2>/dev/null || true)
  for topic in "${TOPICS[@]}"; do
    grep -qx "$topic" <<<"$existing" && continue
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create \
      --topic "$topic" --partitions "$PARTITIONS" --replication-factor 1 ${TOPIC_CONFIG[$topic]:-} >/dev/null
    log "created topic $topic ($PARTITIONS partitions)"
  done
}

start() {
  if pid_alive "$PID_FILE"; then log "Kafka already running (pid $(cat "$PID_FILE"))"; return 0; fi
  if port_open "$KAFKA_PORT"; then log "a Kafka broker already listens on $KAFKA_PORT, using it"; create_topics; return 0; fi
  libs
  config
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.yaml" \
    -Dkafka.logs.dir="$RUN_DIR/logs" -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$KAFKA_DIR/server.properties" \
    >"$RUN_DIR/logs/kafka.log" 2>&1 &
  echo $! >"$PID_FILE"
  wait_for Kafka 60 port_open "$KAFKA_PORT" || { tail -30 "$RUN_DIR/logs/kafka.log" >&2; exit 1; }
  create_topics
}

case "${1:-start}" in
  start) start ;;
  stop) stop_pid "$PID_FILE" Kafka ;;
  status) if pid_alive "$PID_FILE"; then echo "kafka: running (pid $(cat "$PID_FILE"), port $KAFKA_PORT)"; else echo "kafka: stopped"; fi ;;
  clean) stop_pid "$PID_FILE" Kafka; rm -rf "$KAFKA_DIR/data" "$KAFKA_DIR/server.properties"; log "Kafka data removed" ;;
  topics) create_topics ;;
  *) echo "usage: $0 start|stop|status|clean|topics" >&2; exit 2 ;;
esac
