package vn.egov.catalogue.procedure;

import java.util.List;
import java.util.Map;
import vn.egov.servicedefaults.problem.DomainProblem;

/** Rules, a level change or a search request with invalid fields, each named in {@code errors}. */
public class InvalidProcedure extends DomainProblem {

    InvalidProcedure(List<Map<String, String>> errors) {
        super(
                Kind.INVALID,
                "invalid-procedure",
                "Invalid fields: "
                        + String.join(
                                ", ", errors.stream().map(e -> e.get("field")).toList()));
        with("errors", errors);
    }
}
