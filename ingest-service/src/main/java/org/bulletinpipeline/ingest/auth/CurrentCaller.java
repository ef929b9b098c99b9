package org.bulletinpipeline.ingest.auth;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link ApiKeyFilter} before any resource runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller: the API key filter did not run");
        }
        return caller;
    }
}
