package vn.dondoc.web.scorecards;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.GroupEntry;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.platform.security.Role;
import vn.dondoc.scorecards.boundary.ScorecardFile;
import vn.dondoc.scorecards.boundary.ScorecardFiles;
import vn.dondoc.scorecards.boundary.ScorecardLine;
import vn.dondoc.scorecards.boundary.ScorecardView;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.GroupScore;
import vn.dondoc.scorecards.boundary.ScorecardView.PeriodReports;
import vn.dondoc.scorecards.boundary.ScorecardView.Rates;
import vn.dondoc.scorecards.boundary.ScorecardView.Reports;
import vn.dondoc.scorecards.boundary.ScorecardView.Tasks;
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.reporting.PageDownload;
import vn.dondoc.web.ui.Language;

/**
 * Bảng đánh giá: the leader's scorecard as of a day, for one document or all, read from {@link
 * Scorecards} as {@code GET /api/v1/scorecard} reads it, filtered by document, agency group and
 * reporting period; every count opens the tasks or reports behind it ({@link Scorecards#lines},
 * as {@code GET /api/v1/scorecard/lines} lists them), and the files are {@link ScorecardFiles}'s, written through the
 * page (the API takes no cookie). For the leader, the secretariat and the admin: an agency's users
 * have their own line through the API, not this screen.
 */
@Named
@ViewScoped
public class ScorecardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scorecards scorecards;

    @Inject
    ScorecardFiles files;

    @Inject
    Documents documents;

    @Inject
    SignedInUser me;

    @Inject
    Language language;

    @Inject
    Agencies agencies;

    private LocalDate today;
    private LocalDate asOf;
    private Long documentId;
    private String groupCode;
    private String periodLabel;
    private List<DocumentSummary> documentChoices;
    private List<GroupEntry> groupChoices;
    private List<String> periodChoices = List.of();
    private List<Row> rows = List.of();
    private List<Row> groupRows = List.of();
    private Row totals;
    private Drill drilled;
    private DrillRows drillRows;

    /**
     * The page's view action: only the tenant-wide readers open it (anybody else gets 403, the
     * boundary would show them their own line only); then today's scorecard of every document.
     */
    public void open() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!(context.isUserInRole(Role.Names.LEADER)
                || context.isUserInRole(Role.Names.SECRETARIAT)
                || context.isUserInRole(Role.Names.ADMIN))) {
            context.responseSendError(403, "Forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (today == null) {
            today = me.getProfile().today();
            asOf = today;
            show();
        }
    }

    /**
     * The filters' button: the scorecard of the day and the document chosen, its lines limited to
     * the group's members when a group is chosen, its reporting columns one period's when a period is.
     */
    public void show() {
        ScorecardView view = read(() -> scorecards.scorecard(asOf, documentId));
        if (view == null) {
            return;
        }
        Set<String> members = groupCode == null ? null : members(groupCode);
        List<Row> lines = new ArrayList<>();
        view.agencies().stream()
                .filter(a -> members == null || members.contains(a.agencyCode()))
                .forEach(a -> lines.add(new Row(a, periodLabel)));
        rows = lines;
        totals = groupCode == null
                ? new Row(view.totals(), periodLabel)
                : view.groups().stream()
                        .filter(g -> g.groupCode().equals(groupCode))
                        .findFirst()
                        .map(Row::new)
                        .orElse(null);
        groupRows = groupCode == null ? view.groups().stream().map(Row::new).toList() : List.of();
        periodChoices = view.totals().periods().stream()
                .map(ScorecardView.PeriodReports::periodLabel)
                .toList();
        drilled = null;
        drillRows = null;
    }

    /**
     * Opens the tasks or reports behind one count of a line: an agency's ({@code agencyCode}), a
     * group's ({@code group}) or, with neither, the whole table's (within the chosen group). The
     * reports' counts keep the chosen period. They add up to the count: the boundary's {@link
     * Scorecards#lines} is both.
     */
    public void drill(String agencyCode, String group, String count) {
        String inGroup = agencyCode == null && group == null ? groupCode : group;
        String period = count.startsWith("reports") ? periodLabel : null;
        Page<ScorecardLine> first =
                read(() -> scorecards.lines(asOf, documentId, agencyCode, inGroup, period, count, 0, 1));
        if (first != null) {
            drilled = new Drill(agencyCode, inGroup, period, count, first.total());
            drillRows = new DrillRows(drilled);
        }
    }

    /** The members of a group, by agency code, as the directory lists them today. */
    private Set<String> members(String group) {
        return getGroupChoices().stream()
                .filter(g -> g.code().equals(group))
                .findFirst()
                .map(g -> Set.copyOf(g.members()))
                .orElse(Set.of());
    }

    public void pdf() throws IOException {
        send(() -> files.pdf(asOf, documentId));
    }

    public void csv() throws IOException {
        send(() -> files.csv(asOf, documentId, "agencies"));
    }

    public void xlsx() throws IOException {
        send(() -> files.xlsx(asOf, documentId));
    }

    /** The file as the API would hand it out (same name, type and headers), written into this response. */
    private void send(Supplier<ScorecardFile> making) throws IOException {
        ScorecardFile file = read(making);
        if (file == null) {
            return;
        }
        PageDownload.send(file.fileName(), file.contentType(), file.content(), false);
    }

    /**
     * Calls the boundary; its one refusal the filters can cause, a day after today, is said next to
     * the day's field in the page's language.
     */
    private <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInput refused) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "filters:asOf",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    language.text("score.future").replace("{0}", VietnameseFormat.date(today)),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public List<DocumentSummary> getDocumentChoices() {
        if (documentChoices == null) {
            documentChoices = documents.all(0, Page.MAX_SIZE).items();
        }
        return documentChoices;
    }

    public LocalDate getToday() {
        return today;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getTotals() {
        return totals;
    }

    public List<GroupEntry> getGroupChoices() {
        if (groupChoices == null) {
            groupChoices = agencies.groups();
        }
        return groupChoices;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode == null || groupCode.isBlank() ? null : groupCode;
    }

    public List<String> getPeriodChoices() {
        return periodChoices;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel == null || periodLabel.isBlank() ? null : periodLabel;
    }

    public List<Row> getGroupRows() {
        return groupRows;
    }

    public Drill getDrilled() {
        return drilled;
    }

    public DrillRows getDrillRows() {
        return drillRows;
    }

    /**
     * The drill-down's heading: what the count is and whose ("Nhiệm vụ quá hạn chưa hoàn thành: Sở
     * Tư pháp"), with the period when it is one period's reports.
     */
    public String getDrillHeading() {
        if (drilled == null) {
            return "";
        }
        String whose = drilled.agencyCode() != null
                ? nameOf(rows, drilled.agencyCode())
                : drilled.groupCode() != null
                        ? getGroupChoices().stream()
                                .filter(g -> g.code().equals(drilled.groupCode()))
                                .map(g -> language.isEnglish() && g.nameEn() != null ? g.nameEn() : g.name())
                                .findFirst()
                                .orElse(drilled.groupCode())
                        : language.text("score.total");
        String heading = language.text("score.drill." + drilled.count()).replace("{0}", whose);
        return drilled.periodLabel() == null ? heading : heading + " · " + drilled.periodLabel();
    }

    /** The link's title for a count of a line: what clicking it lists. */
    public String drillTitle(String count, String whose) {
        return language.text("score.drill." + count).replace("{0}", whose == null ? "" : whose);
    }

    private static String nameOf(List<Row> lines, String code) {
        return lines.stream()
                .filter(r -> code.equals(r.getCode()))
                .map(Row::getName)
                .findFirst()
                .orElse(code);
    }

    /** "Xuất sắc / Excellent": the half in the page's language. */
    public String inLanguage(String bilingual) {
        if (bilingual == null) {
            return "";
        }
        int slash = bilingual.indexOf(" / ");
        if (slash < 0) {
            return bilingual;
        }
        return language.isEnglish() ? bilingual.substring(slash + 3) : bilingual.substring(0, slash);
    }

    /**
     * One agency's line as the table reads it: a bean with getters, so PrimeFaces sorts by field
     * (Expression Language 5 reads no record components).
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final long assigned;
        private final long due;
        private final long completedOnTime;
        private final long completedLate;
        private final long openWithinDeadline;
        private final long openOverdue;
        private final BigDecimal completedOfDue;
        private final BigDecimal onTimeOfDue;
        private final BigDecimal overdueOfDue;
        private final long reportsExpected;
        private final long reportsReceived;
        private final long reportsReceivedOnTime;
        private final BigDecimal reportingRate;
        private final BigDecimal timeliness;
        private final BigDecimal score;
        private final String grade;
        private final String gradeName;
        private long targetsDue;
        private long targetsMet;
        private long targetsMissed;
        private boolean excludedFromEmulation;
        private long agenciesExcluded;

        /** An agency's line, or the totals; its reporting columns one period's when one is named. */
        Row(AgencyScore line, String periodLabel) {
            this(
                    line.agencyCode(),
                    line.name(),
                    line.tasks(),
                    line.rates(),
                    periodLabel == null ? reports(line.reports()) : period(line, periodLabel),
                    line.score(),
                    line.grade(),
                    line.gradeName());
            if (line.targets() != null) {
                targetsDue = line.targets().due();
                targetsMet = line.targets().met();
                targetsMissed = line.targets().missed();
                excludedFromEmulation = line.targets().excludedFromEmulation();
                agenciesExcluded = line.targets().agenciesExcluded();
            }
        }

        /** A group's line: the sum of its members' (today's members). */
        Row(GroupScore line) {
            this(
                    line.groupCode(),
                    line.name(),
                    line.tasks(),
                    line.rates(),
                    reports(line.reports()),
                    line.score(),
                    line.grade(),
                    line.gradeName());
        }

        private Row(
                String code,
                String name,
                Tasks tasks,
                Rates rates,
                PeriodReports reports,
                BigDecimal score,
                String grade,
                String gradeName) {
            this.code = code;
            this.name = name;
            assigned = tasks.assigned();
            due = tasks.due();
            completedOnTime = tasks.completedOnTime();
            completedLate = tasks.completedLate();
            openWithinDeadline = tasks.openWithinDeadline();
            openOverdue = tasks.openOverdue();
            completedOfDue = rates.completedOfDue();
            onTimeOfDue = rates.onTimeOfDue();
            overdueOfDue = rates.overdueOfDue();
            reportsExpected = reports.expected();
            reportsReceived = reports.received();
            reportsReceivedOnTime = reports.receivedOnTime();
            reportingRate = reports.reportingRate();
            timeliness = reports.timeliness();
            this.score = score;
            this.grade = grade;
            this.gradeName = gradeName;
        }

        private static PeriodReports reports(Reports r) {
            return new PeriodReports(
                    null, r.expected(), r.received(), r.receivedOnTime(), r.reportingRate(), r.timeliness());
        }

        /** The line's reports of one period; none expected when it had none that period. */
        private static PeriodReports period(AgencyScore line, String label) {
            return line.periods().stream()
                    .filter(p -> p.periodLabel().equals(label))
                    .findFirst()
                    .orElse(new PeriodReports(label, 0, 0, 0, null, null));
        }

        public long getReportsExpected() {
            return reportsExpected;
        }

        public long getReportsReceived() {
            return reportsReceived;
        }

        public long getReportsReceivedOnTime() {
            return reportsReceivedOnTime;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public long getAssigned() {
            return assigned;
        }

        public long getDue() {
            return due;
        }

        public long getCompletedOnTime() {
            return completedOnTime;
        }

        public long getCompletedLate() {
            return completedLate;
        }

        public long getOpenWithinDeadline() {
            return openWithinDeadline;
        }

        public long getOpenOverdue() {
            return openOverdue;
        }

        public BigDecimal getCompletedOfDue() {
            return completedOfDue;
        }

        public BigDecimal getOnTimeOfDue() {
            return onTimeOfDue;
        }

        public BigDecimal getOverdueOfDue() {
            return overdueOfDue;
        }

        public BigDecimal getReportingRate() {
            return reportingRate;
        }

        public BigDecimal getTimeliness() {
            return timeliness;
        }

        public BigDecimal getScore() {
            return score;
        }

        public String getGrade() {
            return grade;
        }

        /** The targets of the emulation year due, met (or exceeded) and missed (D-047). */
        public long getTargetsDue() {
            return targetsDue;
        }

        public long getTargetsMet() {
            return targetsMet;
        }

        public long getTargetsMissed() {
            return targetsMissed;
        }

        /** Left out of the year's emulation by the tenant's rule. */
        public boolean isExcludedFromEmulation() {
            return excludedFromEmulation;
        }

        /** On the totals line: how many agencies are left out. */
        public long getAgenciesExcluded() {
            return agenciesExcluded;
        }

        public String getGradeName() {
            return gradeName;
        }

        /** The bar's width: the on-time rate, 0 without a denominator ("83.25", CSS's decimal point). */
        public String getOnTimeWidth() {
            return onTimeOfDue == null ? "0" : onTimeOfDue.toPlainString();
        }
    }

    /**
     * What the drill-down lists: one count of a line, for an agency or a group (neither: every
     * agency), of one period's reports or all. A class with getters for Expression Language 5.
     */
    public static final class Drill implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String agencyCode;
        private final String groupCode;
        private final String periodLabel;
        private final String count;
        private final long total;

        Drill(String agencyCode, String groupCode, String periodLabel, String count, long total) {
            this.agencyCode = agencyCode;
            this.groupCode = groupCode;
            this.periodLabel = periodLabel;
            this.count = count;
            this.total = total;
        }

        public String agencyCode() {
            return agencyCode;
        }

        public String groupCode() {
            return groupCode;
        }

        public String periodLabel() {
            return periodLabel;
        }

        public String count() {
            return count;
        }

        public String getAgencyCode() {
            return agencyCode;
        }

        public String getCount() {
            return count;
        }

        public long getTotal() {
            return total;
        }
    }

    /** The drill-down's pages: each one call of {@link Scorecards#lines}, whose total is the count. */
    public final class DrillRows extends LazyDataModel<ScorecardLine> {

        private static final long serialVersionUID = 1L;

        private final Drill drill;

        DrillRows(Drill drill) {
            this.drill = drill;
            setRowCount((int) drill.getTotal());
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) drill.getTotal();
        }

        @Override
        public List<ScorecardLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ScorecardLine> page = scorecards.lines(
                    asOf,
                    documentId,
                    drill.agencyCode(),
                    drill.groupCode(),
                    drill.periodLabel(),
                    drill.count(),
                    first / pageSize,
                    pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ScorecardLine line) {
            return line.kind() + ":" + (line.itemId() != null ? line.itemId() : line.obligationId()) + ":"
                    + line.agencyCode();
        }
    }
}
