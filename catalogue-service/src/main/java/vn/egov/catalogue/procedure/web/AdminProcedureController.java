package vn.egov.catalogue.procedure.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.procedure.CreateProcedure;
import vn.egov.catalogue.procedure.ProcedureDetail;
import vn.egov.catalogue.procedure.ProcedureVersion;
import vn.egov.catalogue.procedure.Procedures;
import vn.egov.catalogue.procedure.PublishVersion;
import vn.egov.catalogue.procedure.RetireProcedure;
import vn.egov.catalogue.procedure.ViewProcedure;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** Administrators' writes to the catalogue (role ADMIN, enforced by the security chain). */
@RestController
class AdminProcedureController {

    private final CreateProcedure create;
    private final PublishVersion publish;
    private final RetireProcedure retire;
    private final ViewProcedure view;
    private final Procedures procedures;

    AdminProcedureController(
            CreateProcedure create,
            PublishVersion publish,
            RetireProcedure retire,
            ViewProcedure view,
            Procedures procedures) {
        this.create = create;
        this.publish = publish;
        this.retire = retire;
        this.view = view;
        this.procedures = procedures;
    }

    @PostMapping("/api/catalogue/procedures")
    ResponseEntity<ProcedureDetail> create(@RequestBody RulesRequest request, CurrentUser user) {
        ProcedureVersion created =
                create.create(request.code(), request.effectiveFrom(), request.draft(), user.subject());
        return created(created);
    }

    @PostMapping("/api/catalogue/procedures/{code}/versions")
    ResponseEntity<ProcedureDetail> publish(
            @PathVariable String code, @RequestBody RulesRequest request, CurrentUser user) {
        ProcedureVersion published =
                publish.publish(code, request.version(), request.effectiveFrom(), request.draft(), user.subject());
        return created(published);
    }

    @PostMapping("/api/catalogue/procedures/{code}/retire")
    ProcedureDetail retire(@PathVariable String code, @RequestBody RetireRequest request, CurrentUser user) {
        retire.retire(code, request.version(), request.reason(), user.subject());
        return view.view(code, request.version());
    }

    /** The audit trail of a procedure: who changed what and when. */
    @GetMapping("/api/catalogue/admin/procedures/{code}/audit")
    ListPage<Procedures.AuditEntry> audit(@PathVariable String code) {
        if (!procedures.exists(code)) {
            throw ApiProblem.notFound("Procedure", code);
        }
        return ListPage.whole(procedures.auditTrail(code));
    }

    private ResponseEntity<ProcedureDetail> created(ProcedureVersion version) {
        return ResponseEntity.created(
                        URI.create("/api/catalogue/procedures/" + version.code() + "/versions/" + version.version()))
                .body(view.view(version.code(), version.version()));
    }

    /** Body of a retire call: the version read (optimistic locking) and why. */
    record RetireRequest(Integer version, String reason) {}
}
