package vn.dondoc.reporting.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.ReportingBody;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.reporting.entity.Extension;
import vn.dondoc.reporting.entity.Obligation;

/**
 * Brings a document's stored obligations in line with what its reporting regime asks for today:
 * reads the regime from the document ({@link ReportingRegime}: its date, the agencies' plan date, its
 * frequencies, its own sending deadline or the tenant's default, {@link TenantDeadline}), who must
 * report ({@link ReportingAgencies}: the stored reporting bodies, their groups' current members, every
 * lead of an item), and the tenant's working calendar with its moved days; computes the obligations
 * ({@link ObligationSchedule}), compares them with the stored ones ({@link Regeneration}) and applies
 * the answer: new ones are stored, changed due dates taken, ones no longer asked for removed, or kept
 * and orphaned when a report was started for them, and orphaned ones asked for again adopted.
 *
 * <p>A document with periodic reports but no issue date is skipped: the first period owed would be
 * a guess, and refusing would fail the import that stored it. Its stored obligations, if any, are
 * left as they are, and it gets none until its date is known.
 *
 * <p>A plain class created with the caller's entity manager, already bound to the tenant, for one use
 * case; it runs in the caller's transaction (D-018).
 */
public final class ObligationSync {

    private final EntityManager em;
    private final Directory directory;
    private WorkingCalendar calendar;
    private SendingDeadline tenantDeadline;

    public ObligationSync(EntityManager em) {
        this.em = em;
        this.directory = new Directory(em);
    }

    /**
     * What one synchronisation changed. Obligations already orphaned and still not asked for are not
     * counted again, so syncing twice in a row gives all zeros the second time.
     */
    public record Result(int created, int rescheduled, int removed, int orphaned) {

        public static final Result NONE = new Result(0, 0, 0, 0);

        Result plus(Result other) {
            return new Result(
                    created + other.created,
                    rescheduled + other.rescheduled,
                    removed + other.removed,
                    orphaned + other.orphaned);
        }
    }

    /**
     * Synchronises one document's obligations as of the tenant's day {@code asOf}.
     *
     * @throws IllegalArgumentException if the tenant has no document with that id
     */
    public Result sync(long documentId, LocalDate asOf) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new IllegalArgumentException("No document " + documentId + " in this tenant");
        }
        return sync(document, asOf);
    }

    /** Synchronises every document of the tenant as of {@code asOf}; the sum of their results. */
    public Result syncAll(LocalDate asOf) {
        Result total = Result.NONE;
        for (Document document :
                em.createNamedQuery(Document.ALL, Document.class).getResultList()) {
            total = total.plus(sync(document, asOf));
        }
        return total;
    }

    /**
     * Synchronises every document of the tenant that keeps no sending deadline of its own, and so
     * follows the tenant's default, as of {@code asOf}; the sum of their results.
     */
    public Result syncFollowingTheDefault(LocalDate asOf) {
        Result total = Result.NONE;
        for (Document document :
                em.createNamedQuery(Document.ALL, Document.class).getResultList()) {
            if (document.reportWorkingDays().isEmpty()) {
                total = total.plus(sync(document, asOf));
            }
        }
        return total;
    }

    private Result sync(Document document, LocalDate asOf) {
        if (document.issuedOn() == null && !document.reportingFrequencies().isEmpty()) {
            return Result.NONE;
        }
        ReportingRegime regime = new ReportingRegime(
                document.issuedOn(),
                document.agencyPlanDueOn(),
                document.reportingFrequencies(),
                document.reportWorkingDays().isPresent()
                        ? new SendingDeadline(document.reportWorkingDays().getAsInt())
                        : tenantDeadline());

        Map<String, Agency> agencies = new HashMap<>(directory.snapshot().agencies());
        List<String> named = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Map<String, AgencyGroup> groupsByCode = new HashMap<>();
        for (ReportingBody body : em.createNamedQuery(ReportingBody.OF_DOCUMENT, ReportingBody.class)
                .setParameter("document", document)
                .getResultList()) {
            if (body.agency() != null) {
                named.add(body.agency().code());
                agencies.putIfAbsent(body.agency().code(), body.agency());
            } else if (body.group() != null) {
                groups.add(body.group().code());
                groupsByCode.put(body.group().code(), body.group());
            }
        }
        List<String> leads = new ArrayList<>();
        for (Assignment a : em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                .setParameter("documentId", document.id())
                .getResultList()) {
            if (a.role() == ResponsibilityRole.LEAD) {
                leads.add(a.agency().code());
                agencies.putIfAbsent(a.agency().code(), a.agency());
            }
        }
        List<String> reporting = ReportingAgencies.of(named, groups, code -> membersOf(groupsByCode.get(code)), leads);

        List<DueObligation> desired = ObligationSchedule.of(regime, reporting, asOf, calendar());

        Map<ObligationKey, Obligation> stored = new HashMap<>();
        List<ExistingObligation> existing = new ArrayList<>();
        // An extension asked for is the agency's word on the record: kept like a report (D-027).
        Set<Long> extended = Set.copyOf(em.createNamedQuery(Extension.OBLIGATIONS_OF_DOCUMENT, Long.class)
                .setParameter("documentId", document.id())
                .getResultList());
        for (Obligation o : em.createNamedQuery(Obligation.OF_DOCUMENT, Obligation.class)
                .setParameter("documentId", document.id())
                .getResultList()) {
            ObligationKey key = new ObligationKey(
                    o.agency().code(),
                    o.kind(),
                    o.periodLabel() == null ? null : ReportingPeriod.parse(o.periodLabel()));
            stored.put(key, o);
            // the regime's date, which the regime compares with its own; an extension keeps its own (D-027)
            existing.add(new ExistingObligation(key, o.originalDueOn(), o.hasReport() || extended.contains(o.id())));
        }

        Regeneration answer = Regeneration.of(desired, existing);
        for (DueObligation due : answer.create()) {
            ObligationKey key = due.key();
            ReportingPeriod period = key.period();
            em.persist(new Obligation(
                    document.id(),
                    agencies.get(key.agencyCode()),
                    key.kind(),
                    key.periodLabel(),
                    period == null ? null : period.firstDay(),
                    period == null ? null : period.cutOff(),
                    due.dueOn()));
        }
        for (ExistingObligation kept : answer.keep()) {
            stored.get(kept.key()).adopt();
        }
        for (DueObligation due : answer.reschedule()) {
            Obligation o = stored.get(due.key());
            o.reschedule(due.dueOn());
            o.adopt();
        }
        for (ExistingObligation gone : answer.remove()) {
            em.remove(stored.get(gone.key()));
        }
        int newlyOrphaned = 0;
        for (ExistingObligation left : answer.orphaned()) {
            Obligation o = stored.get(left.key());
            if (!o.orphaned()) {
                o.orphan();
                newlyOrphaned++;
            }
        }
        em.flush();
        return new Result(
                answer.create().size(),
                answer.reschedule().size(),
                answer.remove().size(),
                newlyOrphaned);
    }

    /** A group's current members, or empty when the directory does not know them. */
    private Optional<Collection<String>> membersOf(AgencyGroup group) {
        if (group == null || !group.membersKnown()) {
            return Optional.empty();
        }
        return Optional.of(
                directory.snapshot().membersOf(group).stream().map(Agency::code).toList());
    }

    /** The tenant's default sending deadline, read once per instance. */
    private SendingDeadline tenantDeadline() {
        if (tenantDeadline == null) {
            tenantDeadline = TenantDeadline.of(em);
        }
        return tenantDeadline;
    }

    /** The tenant's calendar with all its moved days, read once per instance. */
    private WorkingCalendar calendar() {
        if (calendar == null) {
            calendar = new WorkingCalendar(em.createNamedQuery(DayChange.ALL, DayChange.class)
                    .getResultStream()
                    .map(d -> new MovedDay(d.day(), d.working(), d.reason()))
                    .toList());
        }
        return calendar;
    }
}
