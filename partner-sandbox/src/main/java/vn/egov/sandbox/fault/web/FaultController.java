package vn.egov.sandbox.fault.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultPlan;
import vn.egov.sandbox.fault.Faults;

/** Plans, shows and heals faults of the partner simulators. */
@RestController
@RequestMapping("/sandbox/faults")
public class FaultController {

    private final Faults faults;

    FaultController(Faults faults) {
        this.faults = faults;
    }

    @PutMapping("/{channel}")
    FaultPlan plan(@PathVariable String channel, @Valid @RequestBody FaultRequest request) {
        FaultChannel faultChannel = FaultChannel.parse(channel)
                .orElseThrow(() -> new SandboxRequestException(
                        HttpStatus.NOT_FOUND,
                        "unknown-fault-channel",
                        "Faults can be injected into channels sms, zalo, momo, napas, vietinbank and national-portal, not "
                                + channel));
        FaultPlan plan = request.toPlan();
        if (!faultChannel.sendsCallbacks() && !plan.callbacks().equals(CallbackFaults.NONE)) {
            throw new SandboxRequestException(
                    HttpStatus.BAD_REQUEST,
                    "no-callbacks",
                    "Channel " + channel + " sends no callbacks; callback faults apply to momo and vietinbank only");
        }
        faults.plan(faultChannel, plan);
        return plan;
    }

    @GetMapping
    Map<FaultChannel, FaultPlan> plans() {
        return faults.plans();
    }

    @DeleteMapping
    ResponseEntity<Void> reset() {
        faults.reset();
        return ResponseEntity.noContent().build();
    }
}
