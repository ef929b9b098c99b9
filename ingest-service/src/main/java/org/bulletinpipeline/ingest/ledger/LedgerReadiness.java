package org.bulletinpipeline.ingest.ledger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the ledger is read: before that a duplicate could be published again. */
@Readiness
@ApplicationScoped
public class LedgerReadiness implements HealthCheck {

    private final BulletinLedger ledger;

    public LedgerReadiness(BulletinLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bulletin-ledger").status(ledger.ready())
                .withData("knownBulletins", ledger.size()).build();
    }
}
