package vn.dondoc.reporting.boundary;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dondoc.items.entity.Item;
import vn.dondoc.reporting.control.FigureCheck;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.reporting.entity.ReportAttachment;
import vn.dondoc.reporting.entity.ReportEntry;
import vn.dondoc.reporting.entity.ReportStep;

/** Reports as the API shows them, read with a fixed number of queries per report. */
final class ReportViews {

    private final EntityManager em;

    ReportViews(EntityManager em) {
        this.em = em;
    }

    ReportView of(Report report) {
        List<EntryContent> entries =
                report.entries().stream().map(ReportEntry::content).toList();
        Map<Long, Item> items = items(entries.stream().map(EntryContent::itemId).toList());
        return new ReportView(
                report.obligation().id(),
                report.number(),
                versions(report.obligation()),
                report.status().name(),
                report.summary(),
                entries.stream().map(e -> entry(e, items.get(e.itemId()))).toList(),
                report.attachments().stream().map(ReportViews::attachment).toList(),
                report.updatedAt(),
                report.submittedAt(),
                tagOf(report));
    }

    /** A report not begun: an empty entry for each item the agency is assigned, in the document's order. */
    ReportView blank(Obligation obligation) {
        List<Item> held = em.createQuery(
                        "SELECT i FROM Item i WHERE i.documentId = :document AND EXISTS (SELECT a FROM Assignment a"
                                + " WHERE a.item = i AND a.agency.id = :agency) ORDER BY i.position",
                        Item.class)
                .setParameter("document", obligation.documentId())
                .setParameter("agency", obligation.agency().id())
                .getResultList();
        return new ReportView(
                obligation.id(),
                0,
                0,
                ObligationStatus.PENDING.name(),
                null,
                held.stream()
                        .map(i -> entry(new EntryContent(i.id(), null, false, null, List.of()), i))
                        .toList(),
                List.of(),
                null,
                null,
                tagOf(null));
    }

    /**
     * The figures of the agency's last accepted report of an earlier period of the same kind (a
     * 6-month report is compared with a 6-month one), if there is one.
     */
    Optional<FigureCheck.Previous> lastAccepted(Obligation obligation) {
        if (obligation.kind() != ObligationKind.PERIODIC) {
            return Optional.empty();
        }
        var kind = ReportingPeriod.parse(obligation.periodLabel()).kind();
        return em.createNamedQuery(Report.LAST_ACCEPTED_BEFORE, Report.class)
                .setParameter("document", obligation.documentId())
                .setParameter("agency", obligation.agency().id())
                .setParameter("kind", ObligationKind.PERIODIC)
                .setParameter("before", obligation.periodTo())
                .getResultStream()
                .filter(r -> ReportingPeriod.parse(r.obligation().periodLabel()).kind() == kind)
                .findFirst()
                .map(r -> new FigureCheck.Previous(
                        r.obligation().periodLabel(),
                        r.entries().stream()
                                .collect(Collectors.toMap(
                                        ReportEntry::itemId, e -> e.content().figures(), (a, b) -> a))));
    }

    static AttachmentView attachment(ReportAttachment a) {
        return new AttachmentView(
                a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt(), a.uploadedBy());
    }

    static StepView step(ReportStep s) {
        return new StepView(
                s.obligationId(),
                s.reportNumber(),
                s.action().name(),
                s.status().name(),
                s.actor(),
                s.at(),
                s.comment());
    }

    /** The ETag of a report's state: its id and lock version; {@code "0"} before it is begun. */
    static String tagOf(Report report) {
        return report == null ? "\"0\"" : "\"" + report.id() + "." + report.lockVersion() + "\"";
    }

    private int versions(Obligation obligation) {
        return em.createQuery("SELECT MAX(r.number) FROM Report r WHERE r.obligation.id = :obligation", Integer.class)
                .setParameter("obligation", obligation.id())
                .getSingleResult();
    }

    private Map<Long, Item> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
    }

    private static ReportView.Entry entry(EntryContent e, Item item) {
        return new ReportView.Entry(
                e.itemId(),
                item == null ? null : item.code(),
                item == null ? null : item.text(),
                e.narrative(),
                e.completed(),
                e.completedOn(),
                e.figures().stream().map(ReportViews::figure).toList());
    }

    private static ReportView.Figure figure(FigureContent f) {
        return new ReportView.Figure(
                f.name(), plain(f.numerator()), plain(f.denominator()), plain(f.target()), f.unit(), f.flag());
    }

    /** As written, without the stored scale's trailing zeros: 120, not 120.000000 nor 1.2E+2. */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
