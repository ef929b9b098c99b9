package org.bulletinpipeline.access;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a presented key into its holder's identity; an unknown key fails authentication (401). While reading is
 * open every key reads too, so that a feed or admin key on a read path is not refused what anonymous callers get.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final KeyRing keys;
    private final boolean openReading;

    public ApiKeyIdentityProvider(KeyRing keys, AccessConfig config) {
        this.keys = keys;
        this.openReading = config.openReading();
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return keys.holderOf(request.key())
                .map(holder -> Uni.createFrom().item(identity(holder)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(
                        "The API key is not known (revoked, rotated or mistyped).")));
    }

    private SecurityIdentity identity(KeyHolder holder) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(holder::name).addRoles(holder.roles());
        if (openReading) {
            identity.addRole(Roles.READER);
        }
        return identity.build();
    }
}
