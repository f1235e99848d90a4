package vn.egov.sandbox.nationalportal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the portal accepted, in memory, oldest first; safe to use from concurrent requests. */
@Component
public class ReceivedSyncs {

    private final List<ReceivedSync> received = new ArrayList<>();

    synchronized void add(ReceivedSync sync) {
        received.add(sync);
    }

    /** The records of one dossier, oldest first; every record when {@code dossierCode} is null. */
    public synchronized List<ReceivedSync> of(String dossierCode) {
        return received.stream()
                .filter(sync -> dossierCode == null || sync.dossierCode().equals(dossierCode))
                .toList();
    }

    public synchronized void clear() {
        received.clear();
    }

    /** A copy, for tests. */
    synchronized List<ReceivedSync> all() {
        return new ArrayList<>(received);
    }
}
