package vn.egov.catalogue.procedure.messaging;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.procedure.ProcedureProperties;
import vn.egov.catalogue.procedure.ProcedurePublications;
import vn.egov.catalogue.procedure.ProcedureRules;
import vn.egov.catalogue.procedure.ProcedureVersion;
import vn.egov.contracts.catalogue.CatalogueEvents;
import vn.egov.contracts.catalogue.ProcedureLevelChanged;
import vn.egov.contracts.catalogue.ProcedurePublished;
import vn.egov.contracts.catalogue.ProcedureRetired;
import vn.egov.servicedefaults.outbox.ContractEvent;
import vn.egov.servicedefaults.outbox.Outbox;

/** The one mapper from procedure changes to catalogue contract events, keyed by procedure code. */
@Component
class OutboxProcedurePublications implements ProcedurePublications {

    private final Outbox outbox;
    private final ProcedureProperties properties;

    OutboxProcedurePublications(Outbox outbox, ProcedureProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void published(ProcedureVersion version, long aggregateVersion) {
        ProcedureRules rules = version.rules();
        ProcedurePublished data = new ProcedurePublished(
                version.code(),
                version.version(),
                version.effectiveFrom(),
                rules.agencyCode(),
                rules.agencyTier().name(),
                rules.serviceLevel(),
                rules.onlineMode().name(),
                rules.processingDays(),
                rules.onlineProcessingDays(properties.onlineTimeShare()),
                rules.feeTotal(),
                version.publishedAt(),
                aggregateVersion);
        outbox.add(ContractEvent.of(CatalogueEvents.PROCEDURE_PUBLISHED, version.code(), data, aggregateVersion));
    }

    @Override
    public void retired(String code, int lastVersion, OffsetDateTime at, long aggregateVersion) {
        outbox.add(ContractEvent.of(
                CatalogueEvents.PROCEDURE_RETIRED,
                code,
                new ProcedureRetired(code, lastVersion, at, aggregateVersion),
                aggregateVersion));
    }

    @Override
    public void levelChanged(ProcedureVersion version, int previousLevel, boolean forced, long aggregateVersion) {
        ProcedureLevelChanged data = new ProcedureLevelChanged(
                version.code(),
                version.version(),
                version.effectiveFrom(),
                previousLevel,
                version.rules().serviceLevel(),
                version.rules().onlineMode().name(),
                forced,
                version.publishedAt(),
                aggregateVersion);
        outbox.add(ContractEvent.of(CatalogueEvents.PROCEDURE_LEVEL_CHANGED, version.code(), data, aggregateVersion));
    }
}
