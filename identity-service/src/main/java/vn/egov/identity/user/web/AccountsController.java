package vn.egov.identity.user.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.identity.user.AccountAudit;
import vn.egov.identity.user.AccountProblem;
import vn.egov.identity.user.AuditEntry;
import vn.egov.identity.user.ChangeRoles;
import vn.egov.identity.user.CreateAccount;
import vn.egov.identity.user.DisableAccount;
import vn.egov.identity.user.EnableAccount;
import vn.egov.identity.user.NewAccount;
import vn.egov.identity.user.Role;
import vn.egov.identity.user.UserAccount;
import vn.egov.identity.user.Username;
import vn.egov.identity.user.Users;

/**
 * The administrators' API over the accounts, at {@code /api/identity/accounts} on this provider's own port (bearer
 * token of this provider with role ADMIN). Every change is written to the account's audit trail with the
 * administrator's name and the request's correlation id.
 */
@RestController
@RequestMapping("/api/identity/accounts")
class AccountsController {

    private static final String AGENCY_CODE = "\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}";

    private final Users users;
    private final AccountAudit audit;
    private final CreateAccount createAccount;
    private final ChangeRoles changeRoles;
    private final DisableAccount disableAccount;
    private final EnableAccount enableAccount;

    AccountsController(
            Users users,
            AccountAudit audit,
            CreateAccount createAccount,
            ChangeRoles changeRoles,
            DisableAccount disableAccount,
            EnableAccount enableAccount) {
        this.users = users;
        this.audit = audit;
        this.createAccount = createAccount;
        this.changeRoles = changeRoles;
        this.disableAccount = disableAccount;
        this.enableAccount = enableAccount;
    }

    /** An account to open. */
    record CreateRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}") String username,
            @NotBlank @Size(min = 8, max = 128) String password,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<@NotNull Role> roles,
            @Pattern(regexp = AGENCY_CODE) String agencyCode,
            @Size(max = 20) String phone,
            @Size(max = 254) String email) {}

    record RolesRequest(@NotEmpty List<@NotNull Role> roles) {}

    /** An account as administrators see it: never its password hash. */
    record AccountView(
            String username,
            String name,
            List<Role> roles,
            String agencyCode,
            String phone,
            String email,
            boolean enabled,
            boolean locked,
            Instant lockedUntil,
            Instant createdAt,
            Instant updatedAt) {

        static AccountView of(UserAccount account) {
            boolean locked = account.isLockedAt(Instant.now());
            return new AccountView(
                    account.username(),
                    account.name(),
                    account.roles(),
                    account.agency(),
                    account.phone(),
                    account.email(),
                    account.enabled(),
                    locked,
                    locked ? account.lockedUntil() : null,
                    account.createdAt(),
                    account.updatedAt());
        }
    }

    record AuditView(String action, String actor, String detail, String correlationId, Instant occurredAt) {

        static AuditView of(AuditEntry entry) {
            return new AuditView(
                    entry.action().name(), entry.actor(), entry.detail(), entry.correlationId(), entry.occurredAt());
        }
    }

    /** The platform's one paging envelope. */
    record Page<T>(List<T> items, PageInfo page) {

        static <T> Page<T> of(List<T> items, int number, int size, long totalItems) {
            long totalPages = (totalItems + size - 1) / size;
            return new Page<>(items, new PageInfo(number, size, totalItems, totalPages, number + 1 < totalPages));
        }
    }

    record PageInfo(int number, int size, long totalItems, long totalPages, boolean hasNext) {}

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody CreateRequest request, Authentication admin) {
        CreateAccount.Outcome outcome = createAccount.create(
                new NewAccount(
                        request.username(),
                        request.password(),
                        request.roles(),
                        request.agencyCode(),
                        request.name(),
                        request.phone(),
                        request.email()),
                admin.getName());
        // A repeated request gets the answer of the first one.
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(
                        URI.create("/api/identity/accounts/" + outcome.account().username()))
                .body(AccountView.of(outcome.account()));
    }

    @GetMapping
    Page<AccountView> list(
            @RequestParam(required = false) @Pattern(regexp = AGENCY_CODE) String agency,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<AccountView> items = users.page(agency, role, page * size, size).stream()
                .map(AccountView::of)
                .toList();
        return Page.of(items, page, size, users.count(agency, role));
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        Username name = new Username(username);
        return users.find(name).map(AccountView::of).orElseThrow(() -> AccountProblem.notFound(name));
    }

    @PutMapping("/{username}/roles")
    AccountView roles(@PathVariable String username, @Valid @RequestBody RolesRequest request, Authentication admin) {
        return AccountView.of(changeRoles.change(new Username(username), request.roles(), admin.getName()));
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username, Authentication admin) {
        return AccountView.of(disableAccount.disable(new Username(username), admin.getName()));
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable String username, Authentication admin) {
        return AccountView.of(enableAccount.enable(new Username(username), admin.getName()));
    }

    @GetMapping("/{username}/audit")
    Page<AuditView> audit(
            @PathVariable String username,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Username name = new Username(username);
        if (users.find(name).isEmpty()) {
            throw AccountProblem.notFound(name);
        }
        List<AuditView> items =
                audit.of(name, page * size, size).stream().map(AuditView::of).toList();
        return Page.of(items, page, size, audit.count(name));
    }
}
