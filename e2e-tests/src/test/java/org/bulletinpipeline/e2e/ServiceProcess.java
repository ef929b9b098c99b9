package org.bulletinpipeline.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * One packaged service started as its own process, as an operator runs it: the JVM jar, or with
 * {@code -De2e.native=true} the native executable the {@code native} profile built.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the packaged service with the given system properties. */
    static ServiceProcess start(String name, int port, Map<String, String> properties) throws IOException {
        boolean nativeExecutable = Boolean.getBoolean("e2e.native");
        Path target = Path.of("..", name, "target").toAbsolutePath().normalize();
        Path artifact = nativeExecutable ? target.resolve(name + "-" + System.getProperty("project.version") + "-runner")
                : target.resolve("quarkus-app/quarkus-run.jar");
        if (!Files.exists(artifact)) {
            throw new IllegalStateException(artifact + " is missing: package the services first (mvn verify does"
                    + (nativeExecutable ? " with -Pnative)" : ")"));
        }
        List<String> command = new ArrayList<>();
        if (nativeExecutable) {
            command.add(artifact.toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
        }
        command.addAll(List.of("-Xmx512m", "-Dquarkus.http.port=" + port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (!nativeExecutable) {
            command.addAll(List.of("-jar", artifact.toString()));
        }
        Path log = Path.of("target", name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // should the test JVM itself be stopped, its services must not outlive it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new ServiceProcess(name, port, process, log);
    }

    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await(name + " ready (log: " + log.toAbsolutePath() + ")").atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
                    }
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        return response.statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM; SIGKILL if the process has not exited after {@code grace}. Answers whether it exited by itself. */
    boolean terminate(Duration grace) throws InterruptedException {
        process.destroy();
        if (process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor();
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        terminate(Duration.ofSeconds(20));
    }
}
