package vn.egov.catalogue.search;

import vn.egov.servicedefaults.problem.DomainProblem;

/** The catalogue is still being indexed for the first time; the instance is not ready either. */
public class SearchNotReady extends DomainProblem {

    SearchNotReady() {
        super(
                Kind.UNAVAILABLE,
                "search-not-ready",
                "Search not ready",
                "The catalogue is being indexed; retry in a few seconds");
    }
}
