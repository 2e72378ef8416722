package vn.dondoc.scorecards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.scorecards.control.Count;
import vn.dondoc.scorecards.control.ScorecardCsv;
import vn.dondoc.scorecards.control.ScorecardPdf;
import vn.dondoc.scorecards.control.ScorecardXlsx;
import vn.dondoc.scorecards.control.Table;
import vn.dondoc.tenancy.boundary.BoundTenant;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The scorecard as files (bảng đánh giá dạng tệp): a PDF to print and file, a CSV of one table, a
 * workbook of every table. The numbers and who sees what are {@link Scorecards}'s: an agency's
 * users get their own agency's line, another tenant's document is not found, a day after today is
 * refused. Everything is read in this one transaction, so the files agree with each other as with
 * the JSON of the same moment.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.LEADER,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD
})
public class ScorecardFiles {

    public static final String PDF = ScorecardPdf.CONTENT_TYPE;
    public static final String CSV = ScorecardCsv.CONTENT_TYPE;
    public static final String XLSX = ScorecardXlsx.CONTENT_TYPE;

    private static final String NAME = "Bảng đánh giá";

    @Inject
    Scorecards scorecards;

    @PersistenceContext
    EntityManager em;

    /**
     * The PDF: letterhead, the per-agency table, the overdue tasks, the on-time chart, the rules.
     *
     * @throws InvalidInput for a day after today
     * @throws NotFound for a document the tenant does not have
     */
    @ReadOnly
    public ScorecardFile pdf(LocalDate asOf, Long documentId) {
        ScorecardView view = scorecards.scorecard(asOf, documentId);
        Tenant tenant = BoundTenant.of(em).orElse(null);
        ZoneId zone = BoundTenant.zoneOf(em);
        byte[] pdf = ScorecardPdf.write(new ScorecardPdf.Content(
                tenant == null ? null : tenant.issuingBody(),
                view.documentNumber(),
                view.asOf(),
                view.takenAt(),
                zone,
                ScorecardTables.agencies(view),
                ScorecardTables.overdue(overdue(view)),
                ScorecardTables.onTimeBars(view),
                view.rules(),
                ScorecardTables.targets(view),
                ScorecardTables.missedTargets(view)));
        return new ScorecardFile(fileName(view, null, "pdf"), ScorecardPdf.CONTENT_TYPE, pdf);
    }

    /**
     * One table as CSV: {@code agencies} (with the totals; the default), {@code groups}, {@code
     * documents}, {@code overdue}, {@code targets} or {@code missed-targets}.
     *
     * @throws InvalidInput for another table's name, or a day after today
     * @throws NotFound for a document the tenant does not have
     */
    @ReadOnly
    public ScorecardFile csv(LocalDate asOf, Long documentId, String table) {
        String name = table == null || table.isBlank() ? "agencies" : table.strip();
        if (!ScorecardTables.NAMES.contains(name)) {
            throw new InvalidInput("table: không có bảng '" + name + "' / no table '" + name + "' ("
                    + String.join(", ", ScorecardTables.NAMES) + ")");
        }
        ScorecardView view = scorecards.scorecard(asOf, documentId);
        Table chosen = ScorecardTables.named(name, view, name.equals("overdue") ? overdue(view) : List.of())
                .orElseThrow();
        return new ScorecardFile(
                fileName(view, chosen.name(), "csv"), ScorecardCsv.CONTENT_TYPE, ScorecardCsv.write(chosen));
    }

    /** Every table, one sheet each. */
    @ReadOnly
    public ScorecardFile xlsx(LocalDate asOf, Long documentId) {
        ScorecardView view = scorecards.scorecard(asOf, documentId);
        return new ScorecardFile(
                fileName(view, null, "xlsx"),
                ScorecardXlsx.CONTENT_TYPE,
                ScorecardXlsx.write(ScorecardTables.all(view, overdue(view))));
    }

    /** Every open overdue task the caller may see, in one read (the drill-down's query and order). */
    private List<ScorecardLine> overdue(ScorecardView view) {
        return scorecards.allLines(view.asOf(), view.documentId(), Count.OPEN_OVERDUE.key());
    }

    /** "Bảng đánh giá 204-KH-UBND Cơ quan 2024-06-20.csv": what, which document, which table, which day. */
    static String fileName(ScorecardView view, String table, String extension) {
        StringBuilder name = new StringBuilder(NAME);
        if (view.documentNumber() != null) {
            name.append(' ').append(view.documentNumber().replaceAll("[/\\\\:*?\"<>|]", "-"));
        }
        if (table != null) {
            name.append(' ').append(table);
        }
        return name.append(' ')
                .append(view.asOf())
                .append('.')
                .append(extension)
                .toString();
    }
}
