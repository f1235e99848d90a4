package vn.egov.sandbox.inbox.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.inbox.ClearInbox;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.ReadInbox;
import vn.egov.sandbox.inbox.Recipient;

/** Shows what the simulated partners received ({@code GET}) and forgets it ({@code DELETE}). */
@RestController
@RequestMapping("/sandbox/messages")
public class InboxController {

    private final ReadInbox readInbox;
    private final ClearInbox clearInbox;

    InboxController(ReadInbox readInbox, ClearInbox clearInbox) {
        this.readInbox = readInbox;
        this.clearInbox = clearInbox;
    }

    @GetMapping
    List<InboxMessage> read(
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit) {
        Optional<Recipient> recipient = Optional.empty();
        if (to != null) {
            recipient = Optional.of(Recipient.parse(to)
                    .orElseThrow(() -> new SandboxRequestException(
                            HttpStatus.BAD_REQUEST,
                            "invalid-recipient",
                            "to must be an e-mail address or a Vietnamese mobile number (0xxxxxxxxx, 84xxxxxxxxx or"
                                    + " +84xxxxxxxxx), got: " + to)));
        }
        return readInbox.read(recipient, limit);
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        clearInbox.clear();
        return ResponseEntity.noContent().build();
    }
}
