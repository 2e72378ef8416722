package vn.dondoc.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.UploadLimit;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.AttachmentFile;
import vn.dondoc.reporting.control.FigureCheck;
import vn.dondoc.reporting.entity.AttachmentContent;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.reporting.entity.ReportAttachment;
import vn.dondoc.reporting.entity.ReportStep;
import vn.dondoc.reporting.entity.StepAction;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Reports (báo cáo) and their review: the agency's officer writes one per obligation, with figures
 * and files, and submits it; the agency's head approves it; the focal agency accepts it or returns
 * it with a comment. Who may do what: an officer or a head only on its own agency's obligations,
 * the secretariat on every one of its tenant's, a leader or an admin reads; anything else is not
 * found (404), as if it did not exist.
 *
 * <p>Every change locks the obligation's row first, so that two writes to one report, or a submit
 * and its retry, run one after the other. {@code ifMatch} (the report's ETag, optional) makes a
 * write that was prepared on an older version a {@link Conflict}; so does a step out of order.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Reports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    Event<TasksChanged> tasksChanged;

    @Inject
    @ConfigProperty(name = "dondoc.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    /** The report's latest version, or the blank form of a report not begun, pre-filled with the agency's items. */
    @ReadOnly
    public ReportView current(long obligationId) {
        Obligation obligation = obligation(obligationId, false);
        ReportViews views = new ReportViews(em);
        return latest(obligation).map(views::of).orElseGet(() -> views.blank(obligation));
    }

    /** One version of the report: 1 the first, 2 its first correction after acceptance… */
    @ReadOnly
    public ReportView version(long obligationId, int number) {
        Obligation obligation = obligation(obligationId, false);
        return em.createNamedQuery(Report.LATEST, Report.class)
                .setParameter("obligation", obligation.id())
                .getResultStream()
                .filter(r -> r.number() == number)
                .findFirst()
                .map(new ReportViews(em)::of)
                .orElseThrow(() -> new NotFound("Báo cáo của nghĩa vụ " + obligationId + " không có bản " + number
                        + " / The report of obligation " + obligationId + " has no version " + number));
    }

    /**
     * Saves the draft: the first save begins the report, a save after acceptance begins a correction
     * (the next version). Figures are checked first and nothing is saved when one is wrong.
     */
    @Audited("report.save")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public ReportView save(@AuditTarget long obligationId, @NotNull @Valid ReportInput input, String ifMatch) {
        Obligation obligation = obligation(obligationId, true);
        Optional<Report> latest = latest(obligation);
        requireTag(ifMatch, latest);
        List<EntryContent> entries =
                FigureCheck.check(contentOf(input), documentItems(obligation), previous(obligation), today());
        Instant now = clock.instant();
        Report report = latest.filter(r -> r.status() != ObligationStatus.ACCEPTED)
                .orElseGet(() -> begin(obligation, latest, now));
        report.write(input.summary, entries, now);
        return saved(obligation, report);
    }

    /** Adds a file to the draft; its type is read from the bytes. */
    @Audited("report.attach")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public AttachmentView attach(
            @AuditTarget long obligationId, String fileName, InputStream body, Long declaredLength, String ifMatch) {
        AttachmentFile file =
                AttachmentFile.of(fileName, new UploadLimit(maxAttachmentBytes).read(body, declaredLength));
        Obligation obligation = obligation(obligationId, true);
        Optional<Report> latest = latest(obligation);
        requireTag(ifMatch, latest);
        Instant now = clock.instant();
        Report report = latest.filter(r -> r.status() != ObligationStatus.ACCEPTED)
                .orElseGet(() -> begin(obligation, latest, now));
        AttachmentContent content = new AttachmentContent(file.content(), file.sha256());
        em.persist(content);
        ReportAttachment attachment = report.attach(content, file.fileName(), file.contentType(), actor(), now);
        stored(obligation, report);
        return ReportViews.attachment(attachment);
    }

    /** Removes a file from the draft. */
    @Audited("report.detach")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public ReportView detach(@AuditTarget long obligationId, long attachmentId, String ifMatch) {
        Obligation obligation = obligation(obligationId, true);
        Report report = latest(obligation).orElseThrow(() -> noAttachment(attachmentId));
        requireTag(ifMatch, Optional.of(report));
        ReportAttachment attachment = report.attachments().stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> noAttachment(attachmentId));
        report.detach(attachment, clock.instant());
        return saved(obligation, report);
    }

    /** A file of any version of the report, to download. */
    @ReadOnly
    public Download download(long obligationId, long attachmentId) {
        Obligation obligation = obligation(obligationId, false);
        ReportAttachment attachment = em.createQuery(
                        "SELECT a FROM ReportAttachment a WHERE a.id = :id AND a.report.obligation.id = :obligation",
                        ReportAttachment.class)
                .setParameter("id", attachmentId)
                .setParameter("obligation", obligation.id())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> noAttachment(attachmentId));
        return new Download(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sha256(),
                attachment.content().bytes());
    }

    /**
     * The officer sends the draft (or the returned report) on. With an {@code idempotencyKey}, a
     * retry finds the first submit's step and answers it again, changing nothing.
     */
    @Audited("report.submit")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public StepView submit(@AuditTarget long obligationId, String idempotencyKey, String ifMatch) {
        String key = keyOf(idempotencyKey);
        Obligation obligation = obligation(obligationId, true);
        if (key != null) {
            Optional<ReportStep> done = em.createNamedQuery(ReportStep.BY_KEY, ReportStep.class)
                    .setParameter("obligation", obligation.id())
                    .setParameter("key", key)
                    .getResultStream()
                    .findFirst();
            if (done.isPresent()) {
                return ReportViews.step(done.get());
            }
        }
        Report report = latest(obligation)
                .orElseThrow(() -> new Conflict("Chưa có báo cáo để gửi: hãy lưu bản nháp trước / There is no report to"
                        + " submit: save a draft first"));
        requireTag(ifMatch, Optional.of(report));
        report.submit(clock.instant());
        return stepped(obligation, report, StepAction.SUBMITTED, null, key);
    }

    /** The agency's head approves what its officer submitted. */
    @Audited("report.approve")
    @RolesAllowed(Role.Names.AGENCY_HEAD)
    public StepView approve(@AuditTarget long obligationId, String ifMatch) {
        Obligation obligation = obligation(obligationId, true);
        Report report = reportOf(obligation, ifMatch);
        report.approve(clock.instant());
        return stepped(obligation, report, StepAction.APPROVED, null, null);
    }

    /** The focal agency accepts the approved report. */
    @Audited("report.accept")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public StepView accept(@AuditTarget long obligationId, String ifMatch) {
        Obligation obligation = obligation(obligationId, true);
        Report report = reportOf(obligation, ifMatch);
        report.accept(clock.instant());
        return stepped(obligation, report, StepAction.ACCEPTED, null, null);
    }

    /**
     * Sends the report back with a comment: the focal agency an approved one, the agency's head one
     * its officer submitted.
     */
    @Audited("report.return")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.AGENCY_HEAD})
    public StepView returnForRevision(
            @AuditTarget long obligationId, @NotNull @Valid ReturnRequest request, String ifMatch) {
        Obligation obligation = obligation(obligationId, true);
        Report report = reportOf(obligation, ifMatch);
        boolean secretariat = principal().roles().contains(Role.Names.SECRETARIAT);
        report.returnForRevision(secretariat ? ObligationStatus.APPROVED : ObligationStatus.SUBMITTED, clock.instant());
        return stepped(obligation, report, StepAction.RETURNED, request.comment.strip(), null);
    }

    /** Every step of the report's life, oldest first. */
    @ReadOnly
    public List<StepView> history(long obligationId) {
        Obligation obligation = obligation(obligationId, false);
        return em.createNamedQuery(ReportStep.OF_OBLIGATION, ReportStep.class)
                .setParameter("obligation", obligation.id())
                .getResultStream()
                .map(ReportViews::step)
                .toList();
    }

    /**
     * The obligation the report answers, as the lists show it: what the report's page heads itself
     * with. Not found, as for every other call, when the caller may not see it.
     */
    @ReadOnly
    public ObligationView obligationOf(long obligationId) {
        Obligation obligation = obligation(obligationId, false);
        return Obligations.viewOf(
                obligation,
                Obligations.latestExtensions(em, List.of(obligation)).get(obligation.id()));
    }

    /**
     * What the caller may do with the report as it stands: its agency's officer writes a report not
     * begun, a draft or a returned one, and submits the last two; its head approves or returns a
     * submitted one; the focal agency accepts or returns an approved one. A correction of an accepted
     * report is begun through the API only (PUT), not offered here.
     */
    @ReadOnly
    public Set<ReportAction> actions(long obligationId) {
        Obligation obligation = obligation(obligationId, false);
        ObligationStatus status = latest(obligation).map(Report::status).orElse(ObligationStatus.PENDING);
        Set<String> roles = principal().roles();
        EnumSet<ReportAction> may = EnumSet.noneOf(ReportAction.class);
        if (roles.contains(Role.Names.AGENCY_OFFICER) && ofCallersAgency(obligation)) {
            if (EnumSet.of(ObligationStatus.PENDING, ObligationStatus.DRAFT, ObligationStatus.RETURNED)
                    .contains(status)) {
                may.add(ReportAction.EDIT);
            }
            if (status == ObligationStatus.DRAFT || status == ObligationStatus.RETURNED) {
                may.add(ReportAction.SUBMIT);
            }
        }
        if (roles.contains(Role.Names.AGENCY_HEAD)
                && ofCallersAgency(obligation)
                && status == ObligationStatus.SUBMITTED) {
            may.addAll(EnumSet.of(ReportAction.APPROVE, ReportAction.RETURN));
        }
        if (roles.contains(Role.Names.SECRETARIAT) && status == ObligationStatus.APPROVED) {
            may.addAll(EnumSet.of(ReportAction.ACCEPT, ReportAction.RETURN));
        }
        return may;
    }

    /**
     * A page of the reports waiting for the caller's review, soonest due first: for an agency's
     * head those its officers submitted, for the focal agency (secretariat) those the heads
     * approved; nothing for anybody else.
     */
    @ReadOnly
    public Page<ObligationView> awaitingReview(int page, int size) {
        DondocPrincipal principal = principal();
        ObligationStatus waiting;
        String agency = null;
        if (principal.roles().contains(Role.Names.SECRETARIAT)) {
            waiting = ObligationStatus.APPROVED;
        } else if (principal.roles().contains(Role.Names.AGENCY_HEAD) && principal.agencyCode() != null) {
            waiting = ObligationStatus.SUBMITTED;
            agency = principal.agencyCode();
        } else {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " WHERE o.status = :status" + (agency == null ? "" : " AND o.agency.code = :agency");
        TypedQuery<Obligation> rows = em.createQuery(
                "SELECT o FROM Obligation o JOIN FETCH o.agency" + where + " ORDER BY o.dueOn, o.agency.code, o.id",
                Obligation.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Obligation o" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("status", waiting);
            if (agency != null) {
                query.setParameter("agency", agency);
            }
        }
        List<Obligation> found =
                rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, ExtensionView> extensions = Obligations.latestExtensions(em, found);
        return new Page<>(
                found.stream()
                        .map(o -> Obligations.viewOf(o, extensions.get(o.id())))
                        .toList(),
                page,
                size,
                count.getSingleResult());
    }

    private boolean ofCallersAgency(Obligation obligation) {
        return obligation.agency().code().equals(principal().agencyCode());
    }

    private Report begin(Obligation obligation, Optional<Report> accepted, Instant now) {
        Report report = accepted.map(r -> r.correction(now)).orElseGet(() -> new Report(obligation, now));
        em.persist(report);
        em.persist(new ReportStep(report, StepAction.DRAFTED, actor(), now, null, null));
        return report;
    }

    private Report reportOf(Obligation obligation, String ifMatch) {
        Report report = latest(obligation).orElseThrow(() -> new Conflict("Chưa có báo cáo / There is no report yet"));
        requireTag(ifMatch, Optional.of(report));
        return report;
    }

    private StepView stepped(Obligation obligation, Report report, StepAction action, String comment, String key) {
        ReportStep step = new ReportStep(report, action, actor(), clock.instant(), comment, key);
        em.persist(step);
        stored(obligation, report);
        tasksChanged.fire(TasksChanged.obligation(obligation.documentId(), obligation.id()));
        if (action == StepAction.ACCEPTED) { // what it says of its items now counts
            tasksChanged.fire(TasksChanged.itemsOf(
                    obligation.documentId(), obligation.agency().id()));
        }
        return ReportViews.step(step);
    }

    /** As {@link #stored}, answering the report as it now is. */
    private ReportView saved(Obligation obligation, Report report) {
        stored(obligation, report);
        return new ReportViews(em).of(report);
    }

    /**
     * Bumps the report's version (its ETag) whatever changed in it, and the obligation follows it.
     * A write that answers something else (a file, a step) stops here: building the report's view
     * for nothing cost a submission several queries (benchmarks.md).
     */
    private void stored(Obligation obligation, Report report) {
        obligation.follow(report);
        try {
            if (report.lockVersion() > 0) { // stored before: a change in an entry or a file changes the ETag too
                em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    private Obligation obligation(long id, boolean forUpdate) {
        Obligation obligation = forUpdate
                ? em.find(Obligation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Obligation.class, id);
        DondocPrincipal principal = principal();
        if (obligation == null
                || (!principal.seesEveryAgency() && !obligation.agency().code().equals(principal.agencyCode()))) {
            throw new NotFound("Không có nghĩa vụ báo cáo số " + id + " / No obligation " + id);
        }
        return obligation;
    }

    private Optional<Report> latest(Obligation obligation) {
        return em.createNamedQuery(Report.LATEST, Report.class)
                .setParameter("obligation", obligation.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Set<Long> documentItems(Obligation obligation) {
        return Set.copyOf(em.createQuery("SELECT i.id FROM Item i WHERE i.documentId = :document", Long.class)
                .setParameter("document", obligation.documentId())
                .getResultList());
    }

    private FigureCheck.Previous previous(Obligation obligation) {
        return new ReportViews(em).lastAccepted(obligation).orElse(null);
    }

    private static List<EntryContent> contentOf(ReportInput input) {
        return input.entries.stream()
                .map(e -> new EntryContent(
                        e.itemId,
                        e.narrative,
                        e.completed,
                        e.completedOn,
                        e.figures.stream()
                                .map(f -> new FigureContent(
                                        f.name, f.numerator, f.denominator, f.target, blankToNull(f.unit), null))
                                .toList()))
                .toList();
    }

    private static void requireTag(String ifMatch, Optional<Report> current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String tag = ReportViews.tagOf(current.orElse(null));
        for (String candidate : ifMatch.split(",")) {
            String given = candidate.strip();
            given = given.startsWith("W/") ? given.substring(2) : given;
            if (given.equals(tag) || (given.equals("*") && current.isPresent())) {
                return;
            }
        }
        throw stale();
    }

    private static Conflict stale() {
        return new Conflict("Báo cáo đã thay đổi từ khi bạn mở nó: hãy tải lại / The report changed since you read it:"
                + " read it again (If-Match)");
    }

    private static String keyOf(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.length() > 128 || !key.matches("[\\x21-\\x7E]+")) {
            throw new InvalidInput(
                    "Idempotency-Key: tối đa 128 ký tự ASCII in được / at most 128 printable ASCII" + " characters");
        }
        return key;
    }

    private static NotFound noAttachment(long id) {
        return new NotFound("Không có tệp đính kèm số " + id + " / No attachment " + id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The tenant's day (Vĩnh Phúc is UTC+7: at 20:00 UTC it is already tomorrow there). */
    private LocalDate today() {
        return LocalDate.now(
                clock.withZone(em.find(Tenant.class, principal().tenant()).timeZone()));
    }

    private DondocPrincipal principal() {
        return caller.principal().orElseThrow();
    }

    private String actor() {
        return principal().getName();
    }
}
