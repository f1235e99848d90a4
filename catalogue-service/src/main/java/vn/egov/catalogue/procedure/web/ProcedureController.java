package vn.egov.catalogue.procedure.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.procedure.ProcedureDetail;
import vn.egov.catalogue.procedure.ViewProcedure;

/** Public reads of one procedure: the version in force, or a given version. */
@SecurityRequirements
@RestController
class ProcedureController {

    private final ViewProcedure view;

    ProcedureController(ViewProcedure view) {
        this.view = view;
    }

    @GetMapping("/api/catalogue/procedures/{code}")
    ProcedureDetail current(@PathVariable String code) {
        return view.view(code, null);
    }

    @GetMapping("/api/catalogue/procedures/{code}/versions/{version}")
    ProcedureDetail version(@PathVariable String code, @PathVariable int version) {
        return view.view(code, version);
    }
}
