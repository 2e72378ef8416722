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
import java.util.function.Supplier;
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
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.platform.Downloads;
import vn.dondoc.web.ui.Language;

/**
 * Bảng đánh giá: the leader's scorecard as of a day, for one document or all, read from {@link
 * Scorecards} as {@code GET /api/v1/scorecard} reads it; the drill-down of an agency's open overdue
 * tasks is {@link Scorecards#lines}, and the files are {@link ScorecardFiles}'s, written through the
 * page (the API takes no cookie). For the leader, the secretariat and the admin: an agency's users
 * have their own line through the API, not this screen.
 */
@Named
@ViewScoped
public class ScorecardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The count of a line the drill-down lists (the boundary's name for it). */
    static final String OPEN_OVERDUE = "openOverdue";

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

    private LocalDate today;
    private LocalDate asOf;
    private Long documentId;
    private List<DocumentSummary> documentChoices;
    private List<Row> rows = List.of();
    private Row totals;
    private String drilledAgency;
    private List<ScorecardLine> overdue = List.of();

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

    /** The filters' button: the scorecard of the day and the document chosen. */
    public void show() {
        ScorecardView view = read(() -> scorecards.scorecard(asOf, documentId));
        if (view == null) {
            return;
        }
        List<Row> lines = new ArrayList<>();
        view.agencies().forEach(a -> lines.add(new Row(a)));
        rows = lines;
        totals = new Row(view.totals());
        drilledAgency = null;
        overdue = List.of();
    }

    /** Opens the open overdue tasks of one agency, as of the same day and document. */
    public void drill(String agencyCode) {
        Page<ScorecardLine> page =
                read(() -> scorecards.lines(asOf, documentId, agencyCode, null, OPEN_OVERDUE, 0, Page.MAX_SIZE));
        if (page != null) {
            drilledAgency = agencyCode;
            overdue = page.items();
        }
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
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        context.responseReset();
        context.setResponseContentType(file.contentType());
        context.setResponseContentLength(file.content().length);
        context.setResponseHeader("Content-Disposition", Downloads.disposition(file.fileName()));
        context.setResponseHeader("X-Content-Type-Options", "nosniff");
        context.setResponseHeader("Cache-Control", "private, no-store");
        context.getResponseOutputStream().write(file.content());
        faces.responseComplete();
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

    public String getDrilledAgency() {
        return drilledAgency;
    }

    /** The name of the agency drilled into, from its line. */
    public String getDrilledAgencyName() {
        return rows.stream()
                .filter(r -> r.getCode().equals(drilledAgency))
                .map(Row::getName)
                .findFirst()
                .orElse("");
    }

    public List<ScorecardLine> getOverdue() {
        return overdue;
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
        private final BigDecimal reportingRate;
        private final BigDecimal timeliness;
        private final BigDecimal score;
        private final String grade;
        private final String gradeName;

        Row(AgencyScore line) {
            code = line.agencyCode();
            name = line.name();
            assigned = line.tasks().assigned();
            due = line.tasks().due();
            completedOnTime = line.tasks().completedOnTime();
            completedLate = line.tasks().completedLate();
            openWithinDeadline = line.tasks().openWithinDeadline();
            openOverdue = line.tasks().openOverdue();
            completedOfDue = line.rates().completedOfDue();
            onTimeOfDue = line.rates().onTimeOfDue();
            overdueOfDue = line.rates().overdueOfDue();
            reportingRate = line.reports().reportingRate();
            timeliness = line.reports().timeliness();
            score = line.score();
            grade = line.grade();
            gradeName = line.gradeName();
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

        public String getGradeName() {
            return gradeName;
        }

        /** The bar's width: the on-time rate, 0 without a denominator ("83.25", CSS's decimal point). */
        public String getOnTimeWidth() {
            return onTimeOfDue == null ? "0" : onTimeOfDue.toPlainString();
        }
    }
}
