package org.bulletinpipeline.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key as presented by a client, before it is known whose it is. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
