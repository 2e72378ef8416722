package vn.dondoc.explanations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.explanations.control.UnansweredRequest;
import vn.dondoc.explanations.control.UnansweredRequests;
import vn.dondoc.explanations.entity.ExplanationAttachment;
import vn.dondoc.explanations.entity.ExplanationRequest;
import vn.dondoc.explanations.entity.ExplanationStatus;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Filtered;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.boundary.UploadLimit;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.AttachmentView;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.reporting.control.AttachmentFile;
import vn.dondoc.reporting.entity.AttachmentContent;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Requests for explanation (yêu cầu giải trình): a leader or the secretariat asks an agency to
 * explain a report it owes or an item it holds, by a day; the agency's officer or head answers once,
 * in writing, with files attached before the answer. Who sees what: leaders, the secretariat and the
 * administrator every request of the tenant; an agency's officer and head their own agency's;
 * anything else is not found (404), as if it did not exist.
 *
 * <p>"Today" is the tenant's day (its time zone), the day an official reads on the calendar.
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
public class ExplanationRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    Event<ExplanationAsked> asked;

    @Inject
    Event<ExplanationAnswered> answered;

    @Inject
    @ConfigProperty(name = "dondoc.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    /**
     * Asks an agency to explain exactly one of an obligation of its own or an item it is assigned.
     * A shape wrong (a field missing, both subjects or none, a blank question) is {@link
     * InvalidInput}; what names nothing of the agency, or a day already past, is {@link
     * Unprocessable}; each names its field.
     */
    @Audited("explanation.ask")
    @RolesAllowed({Role.Names.LEADER, Role.Names.SECRETARIAT})
    public ExplanationRequestView ask(ExplanationRequestInput input) {
        if (input == null) {
            throw new InvalidInput("Cần nội dung yêu cầu {agencyCode, obligationId | itemId, question, answerBy} / The"
                    + " request needs a body {agencyCode, obligationId | itemId, question, answerBy}");
        }
        if (input.agencyCode == null || input.agencyCode.isBlank()) {
            throw new InvalidInput("agencyCode: không được để trống / must not be blank");
        }
        if ((input.obligationId == null) == (input.itemId == null)) {
            throw new InvalidInput("obligationId, itemId: cần đúng một trong hai / exactly one of them is required");
        }
        Agency agency = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", input.agencyCode.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new Unprocessable("agencyCode: không có cơ quan '" + input.agencyCode.strip()
                        + "' / no agency '" + input.agencyCode.strip() + "'"));
        LocalDate today = today(principal().tenant());
        ExplanationRequest request;
        if (input.obligationId != null) {
            Obligation obligation = em.find(Obligation.class, input.obligationId);
            if (obligation == null || !obligation.agency().id().equals(agency.id())) {
                throw new Unprocessable("obligationId: " + agency.code() + " không có nghĩa vụ báo cáo số "
                        + input.obligationId + " / " + agency.code() + " has no obligation " + input.obligationId);
            }
            request = ExplanationRequest.aboutObligation(
                    obligation, input.question, input.answerBy, actor(), clock.instant(), today);
        } else {
            Item item = em.find(Item.class, input.itemId);
            if (item == null || !assigned(item, agency)) {
                throw new Unprocessable("itemId: " + agency.code() + " không được giao nhiệm vụ số " + input.itemId
                        + " / " + agency.code() + " is not assigned item " + input.itemId);
            }
            request = ExplanationRequest.aboutItem(
                    item, agency, input.question, input.answerBy, actor(), clock.instant(), today);
        }
        em.persist(request);
        em.flush();
        asked.fire(new ExplanationAsked(request.id(), agency.code(), request.askedBy(), request.answerBy()));
        return viewOf(request, today);
    }

    /** One request, with its answer and files. */
    @ReadOnly
    public ExplanationRequestView one(long id) {
        return viewOf(request(id, false), today(principal().tenant()));
    }

    /**
     * A page of requests, the latest asked first, filtered by agency code and status ({@code OPEN},
     * {@code ANSWERED}; each optional). An agency user sees its own agency's only: naming another
     * agency finds nothing.
     */
    @ReadOnly
    public Page<ExplanationRequestView> list(String agencyCode, String status, int page, int size) {
        ExplanationStatus wanted = statusOf(status);
        Optional<DondocPrincipal.AgencyFilter> visible = principal().agencyFilter(blankToNull(agencyCode));
        if (visible.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Filtered filters = new Filtered()
                .and("r.agency.code = :agency", "agency", visible.get().code())
                .andIf(wanted == ExplanationStatus.OPEN, "r.answeredAt IS NULL")
                .andIf(wanted == ExplanationStatus.ANSWERED, "r.answeredAt IS NOT NULL");
        Page<ExplanationRequest> rows = filters.page(
                em.createQuery(
                        "SELECT r FROM ExplanationRequest r JOIN FETCH r.agency" + filters.where()
                                + " ORDER BY r.askedAt DESC, r.id DESC",
                        ExplanationRequest.class),
                em.createQuery("SELECT COUNT(r) FROM ExplanationRequest r" + filters.where(), Long.class),
                page,
                size);
        LocalDate today = today(principal().tenant());
        return rows.map(r -> viewOf(r, today));
    }

    /**
     * The agency's officer or head answers, once; after the day to answer it is taken and marked
     * late. The row is locked first, so that two answers run one after the other and the second is
     * a conflict.
     */
    @Audited("explanation.answer")
    @RolesAllowed({Role.Names.AGENCY_OFFICER, Role.Names.AGENCY_HEAD})
    public ExplanationRequestView answer(@AuditTarget long id, AnswerInput input) {
        ExplanationRequest request = request(id, true);
        LocalDate today = today(principal().tenant());
        request.answer(input == null ? null : input.text, actor(), clock.instant(), today);
        em.flush();
        answered.fire(new ExplanationAnswered(
                request.id(), request.agency().code(), request.askedBy(), request.answeredLate()));
        return viewOf(request, today);
    }

    /** Adds a file to the coming answer; its type is read from the bytes. */
    @Audited("explanation.attach")
    @RolesAllowed({Role.Names.AGENCY_OFFICER, Role.Names.AGENCY_HEAD})
    public AttachmentView attach(@AuditTarget long id, String fileName, InputStream body, Long declaredLength) {
        AttachmentFile file =
                AttachmentFile.of(fileName, new UploadLimit(maxAttachmentBytes).read(body, declaredLength));
        ExplanationRequest request = request(id, true);
        AttachmentContent content = new AttachmentContent(file.content(), file.sha256());
        em.persist(content);
        ExplanationAttachment attachment =
                request.attach(content, file.fileName(), file.contentType(), actor(), clock.instant());
        em.flush();
        return attachmentView(attachment);
    }

    /** Removes a file from the coming answer. */
    @Audited("explanation.detach")
    @RolesAllowed({Role.Names.AGENCY_OFFICER, Role.Names.AGENCY_HEAD})
    public ExplanationRequestView detach(@AuditTarget long id, long attachmentId) {
        ExplanationRequest request = request(id, true);
        ExplanationAttachment attachment = attachmentOf(request, attachmentId);
        request.detach(attachment);
        em.remove(attachment);
        em.remove(attachment.content());
        em.flush();
        return viewOf(request, today(principal().tenant()));
    }

    /** A file of the answer, to download. */
    @ReadOnly
    public Download download(long id, long attachmentId) {
        ExplanationAttachment attachment = attachmentOf(request(id, false), attachmentId);
        return new Download(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sha256(),
                attachment.content().bytes());
    }

    /**
     * For whoever urges agencies (a job: no caller, the tenant named): the requests not answered
     * whose day to answer is {@code day} or earlier. Not served over HTTP.
     */
    @ReadOnly
    @PermitAll // a job has no caller; the tenant is named, and a caller may name only its own
    public List<UnansweredRequest> unansweredDueBy(@TenantId String tenant, LocalDate day) {
        return new UnansweredRequests(em).dueBy(day);
    }

    private boolean assigned(Item item, Agency agency) {
        return em.createQuery(
                                "SELECT COUNT(a) FROM Assignment a WHERE a.item = :item AND a.agency = :agency",
                                Long.class)
                        .setParameter("item", item)
                        .setParameter("agency", agency)
                        .getSingleResult()
                > 0;
    }

    private ExplanationRequest request(long id, boolean forUpdate) {
        ExplanationRequest request = forUpdate
                ? em.find(ExplanationRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ExplanationRequest.class, id);
        DondocPrincipal principal = principal();
        if (request == null
                || (!principal.seesEveryAgency() && !request.agency().code().equals(principal.agencyCode()))) {
            throw new NotFound("Không có yêu cầu giải trình số " + id + " / No request for explanation " + id);
        }
        return request;
    }

    private static ExplanationAttachment attachmentOf(ExplanationRequest request, long attachmentId) {
        return request.attachments().stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow(() ->
                        new NotFound("Không có tệp đính kèm số " + attachmentId + " / No attachment " + attachmentId));
    }

    private LocalDate today(String tenant) {
        Tenant row = em.find(Tenant.class, tenant);
        return LocalDate.now(clock.withZone(row.timeZone()));
    }

    static ExplanationRequestView viewOf(ExplanationRequest r, LocalDate today) {
        return new ExplanationRequestView(
                r.id(),
                r.agency().code(),
                r.agency().name(),
                r.subjectKind().name(),
                r.obligation() == null ? null : r.obligation().id(),
                r.item() == null ? null : r.item().id(),
                r.documentId(),
                r.subjectCode(),
                r.question(),
                r.answerBy(),
                r.askedBy(),
                r.askedAt(),
                r.status().name(),
                r.overdue(today),
                r.answer(),
                r.answeredBy(),
                r.answeredAt(),
                r.answeredLate(),
                r.attachments().stream()
                        .map(ExplanationRequests::attachmentView)
                        .toList());
    }

    private static AttachmentView attachmentView(ExplanationAttachment a) {
        return new AttachmentView(
                a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt(), a.uploadedBy());
    }

    private static ExplanationStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExplanationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status: không hợp lệ '" + status + "' (OPEN, ANSWERED) / no such status '" + status
                    + "' (OPEN, ANSWERED)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private DondocPrincipal principal() {
        return caller.principal().orElseThrow();
    }

    private String actor() {
        return principal().getName();
    }
}
