package org.bulletinpipeline.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

/** The admin key check on its own, including the case no test profile has: no key configured. */
class AdminKeyFilterTest {

    @Test
    void theRightKeyPasses() {
        assertNull(answer(Optional.of("s3cret"), "s3cret"));
    }

    @Test
    void noHeaderIs401() {
        Response answer = answer(Optional.of("s3cret"), null);
        assertEquals(401, answer.getStatus());
        assertEquals(Problem.TYPE_BASE + "admin-key-missing", ((Problem) answer.getEntity()).type());
        assertEquals(401, answer(Optional.of("s3cret"), "").getStatus());
    }

    @Test
    void anotherKeyIs403WhateverItsLength() {
        for (String wrong : new String[] {"s3cre", "s3cret ", "S3CRET", "x".repeat(1000)}) {
            Response answer = answer(Optional.of("s3cret"), wrong);
            assertEquals(403, answer.getStatus(), wrong);
            assertEquals(Problem.TYPE_BASE + "admin-key-invalid", ((Problem) answer.getEntity()).type());
        }
    }

    @Test
    void withoutAConfiguredKeyTheAdminApiIsDisabled() {
        Response answer = answer(Optional.empty(), "anything");
        assertEquals(503, answer.getStatus());
        assertEquals(Problem.TYPE_BASE + "admin-disabled", ((Problem) answer.getEntity()).type());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType());
        // a blank key is no key: it must not let an empty header in
        assertEquals(503, answer(Optional.of("  "), "  ").getStatus());
    }

    /** What the filter aborted the request with, or null when it let it through. */
    private static Response answer(Optional<String> configured, String header) {
        Response[] aborted = new Response[1];
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/admin/dead-letters" : null);
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> AdminKeyFilter.HEADER.equals(args[0]) ? header : null;
                    case "getMethod" -> "GET";
                    case "getUriInfo" -> uri;
                    case "abortWith" -> {
                        aborted[0] = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AdminConfig config = () -> configured;
        new AdminKeyFilter(new AdminKey(config)).filter(request);
        return aborted[0];
    }
}
