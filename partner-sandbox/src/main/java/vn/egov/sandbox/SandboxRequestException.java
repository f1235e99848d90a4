package vn.egov.sandbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request to one of the sandbox's own endpoints that it refuses; rendered as problem+json. */
public class SandboxRequestException extends RuntimeException {

    private final transient ProblemDetail problem;

    public SandboxRequestException(HttpStatus status, String slug, String detail) {
        super(detail);
        this.problem = SandboxProblems.problem(status, slug, detail);
    }

    public ProblemDetail problem() {
        return problem;
    }
}
