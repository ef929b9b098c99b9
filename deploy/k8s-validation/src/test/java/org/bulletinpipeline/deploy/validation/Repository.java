package org.bulletinpipeline.deploy.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The repository this module validates: deploy/k8s and the services' configuration. */
final class Repository {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "query-service");

    private Repository() {
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomization.render(K8S.resolve("overlays").resolve(overlay));
    }

    /** One service's application.properties: the value of each key as the prod profile sees it. */
    static Map<String, String> config(String service) {
        Properties properties = new Properties();
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> effective = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> effective.put(k, properties.getProperty(k)));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> effective.put(k.substring("%prod.".length()), properties.getProperty(k)));
        // a value may name another key (mp.messaging.outgoing.bulletins-ingested.topic=${ingest.ledger.topic})
        effective.replaceAll((k, v) -> expand(v, effective));
        return effective;
    }

    private static String expand(String value, Map<String, String> config) {
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("^\\$\\{([^:}]+)(?::[^}]*)?}$")
                .matcher(value);
        return reference.matches() && config.containsKey(reference.group(1)) ? config.get(reference.group(1)) : value;
    }

    /** Every key the service reads from its configuration, whatever the profile. */
    static Set<String> configKeys(String service) {
        Properties properties = new Properties();
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
                .collect(Collectors.toSet());
    }
}
