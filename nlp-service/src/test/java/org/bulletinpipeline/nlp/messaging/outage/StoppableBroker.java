package org.bulletinpipeline.nlp.messaging.outage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker in a child JVM, from the broker jars on the test class path: a real broker that a test
 * stops (SIGTERM, a controlled shutdown) and starts again on the same ports and data. Everything it needs to find
 * the process again is in its directory (the pid file), so the test, its test resource and a Kafka client
 * interceptor, each loaded by a class loader of its own, all act on the same broker.
 */
public final class StoppableBroker {

    private static final Duration READY = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final int controllerPort;

    public StoppableBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path dir() {
        return dir;
    }

    /** A fresh data directory, formatted; the broker started and answering. */
    public void create() throws IOException, InterruptedException {
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("server.properties"), """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                message.max.bytes=12582912
                """.formatted(port, controllerPort, dir.resolve("data")));
        Process format = java("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", dir.resolve("server.properties").toString())
                .redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting the broker's storage failed, see " + dir.resolve("format.log"));
        }
        start();
    }

    public void createTopics(List<String> topics) throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "12582912"))).toList()).all().get();
        }
    }

    /** Starts the broker on its existing data and returns once it answers a metadata request. */
    public void start() throws IOException, InterruptedException {
        Process broker = java("kafka.Kafka", dir.resolve("server.properties").toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile())).start();
        Files.writeString(dir.resolve("broker.pid"), Long.toString(broker.pid()));
        long deadline = System.nanoTime() + READY.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (!broker.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("the broker did not come up, see " + dir.resolve("broker.log"),
                                e);
                    }
                }
            }
        }
    }

    /** SIGTERM, as Kubernetes stops a broker pod, and waits until the process is gone; nothing when not running. */
    public void stop() throws IOException, InterruptedException {
        Path pidFile = dir.resolve("broker.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        if (process.isPresent()) {
            process.get().destroy();
            try {
                process.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                process.get().destroyForcibly();
            }
        }
        Files.delete(pidFile);
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return Admin.create(props);
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx384m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
