package vn.egov.web.submission;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.web.util.WebUtils;
import vn.egov.web.platform.Correlation;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.view.FormErrors;

/**
 * What the person's session remembers about submissions: per procedure, the draft (what was typed, the files already
 * uploaded, so that a form that comes back with errors need not have its files chosen again), and per form key the
 * outcome of the form's submission, so that the same form sent twice (a double click, a reload) is answered with the
 * first outcome instead of a second dossier.
 */
final class SubmissionState {

    private static final String ATTRIBUTE = SubmissionState.class.getName();
    private static final int OUTCOMES_KEPT = 20;

    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Outcome>> eldest) {
            return size() > OUTCOMES_KEPT;
        }
    };

    static SubmissionState of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object state = session.getAttribute(ATTRIBUTE);
            if (state instanceof SubmissionState existing) {
                return existing;
            }
            SubmissionState created = new SubmissionState();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    Draft draft(String procedureCode) {
        return drafts.computeIfAbsent(procedureCode, code -> new Draft());
    }

    Optional<Draft> existingDraft(String procedureCode) {
        return Optional.ofNullable(drafts.get(procedureCode));
    }

    void discardDraft(String procedureCode) {
        drafts.remove(procedureCode);
    }

    /**
     * Claims the form key for this request. Empty when it is the first: the caller submits and completes
     * {@code mine}. Otherwise the outcome of the first request with this key, finished or not.
     */
    synchronized Optional<CompletableFuture<Outcome>> claim(String formKey, CompletableFuture<Outcome> mine) {
        CompletableFuture<Outcome> first = outcomes.putIfAbsent(formKey, mine);
        return Optional.ofNullable(first);
    }

    /**
     * Submits the form of this key once: the first request with the key runs {@code submit}, a second one (a double
     * click, a reload) waits for the first and gets its outcome. An outcome worth retrying with the same key, or a
     * failure, lets the key be submitted again.
     */
    Outcome once(String formKey, Supplier<Outcome> submit) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        Optional<CompletableFuture<Outcome>> first = claim(formKey, mine);
        if (first.isPresent()) {
            return await(first.get());
        }
        Outcome outcome;
        try {
            outcome = submit.get();
            mine.complete(outcome);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            release(formKey);
            throw e;
        }
        if (outcome instanceof Rejected rejected && rejected.retryable()) {
            release(formKey);
        }
        return outcome;
    }

    private static Outcome await(CompletableFuture<Outcome> first) {
        try {
            return first.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable(0, Correlation.current(), "interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PlatformUnavailable(0, Correlation.current(), "the first submission of the form failed", e);
        }
    }

    /** Lets the key be submitted again (after an outcome that is worth retrying with the same key). */
    synchronized void release(String formKey) {
        outcomes.remove(formKey);
    }

    /** A document already uploaded for the draft. */
    record Uploaded(String attachmentId, String fileName, long size) {}

    /** The typed values and the uploaded files of a form not yet submitted. */
    static final class Draft {

        private volatile SubmissionForm form;
        private final Map<String, Uploaded> files = new ConcurrentHashMap<>();

        Optional<SubmissionForm> form() {
            return Optional.ofNullable(form).map(SubmissionForm::copy);
        }

        void keep(SubmissionForm typed) {
            this.form = typed.copy();
        }

        Map<String, Uploaded> files() {
            return Map.copyOf(files);
        }

        void uploaded(String documentCode, Uploaded file) {
            files.put(documentCode, file);
        }
    }

    /** How a form's submission ended. */
    sealed interface Outcome {}

    /** The dossier was created. */
    record Submitted(String dossierCode) implements Outcome {}

    /**
     * The form comes back to the person, as typed, with what to correct.
     *
     * @param retryable the platform did not answer, so whether a dossier was created is unknown: the form keeps its
     *     key, and sending it again is answered by the platform (with the first dossier, if there was one)
     */
    record Rejected(SubmissionForm form, FormErrors errors, boolean retryable) implements Outcome {}
}
