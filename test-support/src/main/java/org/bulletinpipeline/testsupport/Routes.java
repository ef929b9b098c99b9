package org.bulletinpipeline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation a running service publishes in its OpenAPI document, and a way to call one with chosen headers and
 * no meaningful body: enough to see what the service answers before it reads the request, such as 401 or 403.
 */
public final class Routes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Routes() {
    }

    /** An operation: its method, its path template, and the media type its body may have (null for none). */
    public record Route(String method, String path, String consumes) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The operations of the service at {@code base} (like http://localhost:8081/), from /q/openapi. */
    public static List<Route> of(URI base) {
        JsonNode paths = get(base.resolve("/q/openapi?format=json")).path("paths");
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                routes.add(new Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        types.hasNext() ? types.next() : null));
            }
        }
        return routes;
    }

    /** The status the route answers with these headers; path parameters are "1", the body empty. */
    public static int status(URI base, Route route, Map<String, String> headers) {
        String path = route.path().replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(route.method(), route.consumes() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(""));
        if (route.consumes() != null) {
            request.header("Content-Type", route.consumes().startsWith("multipart/")
                    ? route.consumes() + "; boundary=walk" : route.consumes());
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(URI uri) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
