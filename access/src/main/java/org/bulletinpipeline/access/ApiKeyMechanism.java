package org.bulletinpipeline.access;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The one way into every service: the key a request presents ({@link PresentedKey}) becomes an identity with the
 * roles of its holder, which {@code @RolesAllowed} then checks. A request without a key is anonymous, unless reading
 * is open: then it is an anonymous reader, which reads but is told 401 (not 403) anywhere else.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    /** The attribute that marks the identity of a request that presented no key. */
    public static final String WITHOUT_KEY = "bulletin.access.without-key";
    static final String CHALLENGE = "Bearer realm=\"bulletins\", Basic realm=\"bulletins\"";

    private final boolean openReading;

    public ApiKeyMechanism(AccessConfig config) {
        this.openReading = config.openReading();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        String adminKey = context.request().getHeader(PresentedKey.ADMIN_KEY_HEADER);
        if (!PresentedKey.present(authorization, adminKey)) {
            return openReading ? Uni.createFrom().item(anonymousReader()) : Uni.createFrom().optional(Optional.empty());
        }
        Optional<String> key = PresentedKey.of(authorization, adminKey);
        if (key.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "Send the key as 'Authorization: Bearer <key>'."));
        }
        return identities.authenticate(new ApiKeyRequest(key.get()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    private static SecurityIdentity anonymousReader() {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> "anonymous")
                .addRole(Roles.READER)
                .addAttribute(WITHOUT_KEY, Boolean.TRUE)
                .build();
    }
}
