package org.bulletinpipeline.query.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Lets a request to an {@link AdminApi} resource through only with the configured key in {@code X-Admin-Key}:
 * 401 without the header, 403 with another key, 503 when no key is configured (the prod profile has none unless
 * QUERY_ADMIN_KEY is set), each as a problem.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Admin-Key";
    private static final Logger LOG = Logger.getLogger(AdminKeyFilter.class);

    private final AdminKey key;

    public AdminKeyFilter(AdminKey key) {
        this.key = key;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        switch (key.check(request.getHeaderString(HEADER))) {
            case ACCEPTED -> {
            }
            case DISABLED -> request.abortWith(Problem.response(503, "admin-disabled", "Admin API disabled",
                    "No admin key is configured (query.admin.key, env QUERY_ADMIN_KEY)."));
            case MISSING -> request.abortWith(Problem.response(401, "admin-key-missing", "Admin key required",
                    "Send the admin key in the " + HEADER + " header."));
            case WRONG -> {
                LOG.warnf("admin request %s %s refused: wrong %s", request.getMethod(),
                        request.getUriInfo().getPath(), HEADER);
                request.abortWith(Problem.response(403, "admin-key-invalid", "Wrong admin key",
                        "The " + HEADER + " header does not hold the admin key."));
            }
        }
    }
}
