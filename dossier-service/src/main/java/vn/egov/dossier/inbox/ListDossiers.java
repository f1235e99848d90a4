package vn.egov.dossier.inbox;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStatus;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.servicedefaults.security.CurrentUser;

/** A page of dossiers: an officer's agency inbox, or a citizen's own dossiers, filtered and sorted. */
@Component
public class ListDossiers {

    public static final int MAX_PAGE_SIZE = 100;

    private static final List<DossierStatus> CLOCK_RUNNING =
            List.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROCESSING);

    private final Dossiers dossiers;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ListDossiers(Dossiers dossiers, WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Dossier> list(CurrentUser user, ListFilter filter, int page, int size) {
        Sort.Direction direction = filter.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        PageRequest request = PageRequest.of(
                Math.max(0, page),
                Math.min(Math.max(1, size), MAX_PAGE_SIZE),
                Sort.by(direction, filter.sortBy()).and(Sort.by(direction, "id")));
        LocalDate today = LocalDate.now(clock);
        LocalDate dueLimit =
                filter.dueWithinDays() == null ? null : calendar.deadlines().extend(today, filter.dueWithinDays());
        boolean officer =
                user.has(CurrentUser.Role.OFFICER) && user.agencyCode().isPresent();
        Specification<Dossier> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (officer) {
                where.add(cb.equal(
                        root.get("procedure").get("agencyCode"),
                        user.agencyCode().get()));
            } else {
                where.add(cb.equal(root.get("owner"), user.subject()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.procedureCode() != null) {
                where.add(cb.equal(root.get("procedure").get("code"), filter.procedureCode()));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                where.add(root.get("status").in(CLOCK_RUNNING));
                where.add(cb.lessThan(root.get("dueDate"), today));
            }
            if (dueLimit != null) {
                where.add(root.get("status").in(CLOCK_RUNNING));
                where.add(cb.between(root.get("dueDate"), today, dueLimit));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return dossiers.findAll(spec, request);
    }
}
