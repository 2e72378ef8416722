package vn.dondoc.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.reporting.boundary.AttachmentView;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.reporting.boundary.ReportAction;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.ReportView;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.boundary.StepView;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.ui.Formats;
import vn.dondoc.web.ui.Language;

/**
 * Báo cáo: one obligation's report, for everybody who may see it, through {@link Reports} exactly
 * as {@code /api/v1/obligations/{id}/report} is. The agency's officer writes it (the draft saved as
 * they type), attaches files and submits it; the head approves or returns it; the focal agency
 * accepts or returns it; everybody reads its history. Which of these the page offers is {@link
 * Reports#actions}'; whether a figure deserves a look is the figure's flag; every refusal is the
 * boundary's, said beside the field it names.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "entries[0].figures[1].denominator: mẫu số bằng 0 / must not be zero": a field the boundary names. */
    private static final Pattern FIELD = Pattern.compile("^(entries\\[\\d+\\](?:\\.figures\\[\\d+\\])?\\.\\w+): (.*)$");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Reports reports;

    @Inject
    Documents documents;

    @Inject
    Agencies agencies;

    @Inject
    SignedInUser me;

    @Inject
    Language language;

    private Long obligationId;
    private ObligationView obligation;
    private String documentNumber;
    private String documentTitle;
    private String agencyName;
    private ZoneId zone;
    private LocalDate today;
    private ReportView report;
    private Set<ReportAction> actions = Set.of();
    private List<StepView> history = List.of();
    private String summary;
    private List<EntryForm> entries = new ArrayList<>();
    private String savedAt;
    private String comment;
    /** The file the upload field holds for one request; never kept with the view. */
    private transient Part file;
    /** One submit's key: a double click or a resent post answers the first submit again (the boundary's rule). */
    private String submitKey = UUID.randomUUID().toString();

    /**
     * The page's view action: an obligation the caller may not see, of another agency or tenant,
     * answers 404 as the API does; nothing of it is shown.
     */
    public void open() throws IOException {
        if (obligation != null) {
            return;
        }
        try {
            if (obligationId == null) {
                throw new NotFound("Không có nghĩa vụ / No obligation");
            }
            obligation = reports.obligationOf(obligationId);
        } catch (NotFound missing) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.responseSendError(404, "Not Found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        DocumentView document = documents.one(obligation.documentId());
        documentNumber = document.number();
        documentTitle = document.title();
        AgencyEntry agency = agencies.byCode(obligation.agencyCode());
        agencyName = language.isEnglish() && agency.nameEn() != null ? agency.nameEn() : agency.name();
        zone = me.getProfile().zone();
        today = me.getProfile().today();
        load();
    }

    /** Reads the report as it now stands, with what the caller may do and its history, and fills the form. */
    private void load() {
        report = reports.current(obligationId);
        actions = reports.actions(obligationId);
        history = reports.history(obligationId);
        summary = report.summary();
        entries = report.entries().stream().map(EntryForm::new).toList();
    }

    // --- the officer ---

    /** The draft saved as the officer types (Ajax); the form stays as typed, only the flags and the time change. */
    public void autosave() {
        ReportView saved = call(() -> reports.save(obligationId, input(), report.etag()));
        if (saved != null) {
            report = saved;
            for (int i = 0; i < entries.size() && i < saved.entries().size(); i++) {
                entries.get(i).flagsFrom(saved.entries().get(i));
            }
            savedAt = TIME.format(saved.updatedAt().atZone(zone));
            actions = reports.actions(obligationId);
        }
    }

    /** The "save" button: saves and shows the report again as the boundary keeps it. */
    public void save() {
        autosave();
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            load();
        }
    }

    /** Saves what is on the form, then sends it on; the boundary says to whom by the status it leaves. */
    public void submit() {
        autosave();
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        StepView step = call(() -> reports.submit(obligationId, submitKey, report.etag()));
        if (step != null) {
            submitKey = UUID.randomUUID().toString();
            done("report.submitted", step);
        }
    }

    public void addFigure(EntryForm entry) {
        entry.figures.add(new FigureForm());
    }

    public void removeFigure(EntryForm entry, FigureForm figure) {
        entry.figures.remove(figure);
        autosave();
    }

    /** A file chosen in the upload field, through the same call as {@code POST .../report/attachments}. */
    public void upload() throws IOException {
        Part chosen = file;
        file = null;
        if (chosen == null) {
            return;
        }
        try (InputStream body = chosen.getInputStream()) {
            AttachmentView added = call(
                    () -> reports.attach(
                            obligationId, chosen.getSubmittedFileName(), body, chosen.getSize(), report.etag()),
                    "files:file");
            if (added != null) {
                report = reports.current(obligationId);
                history = reports.history(obligationId);
                actions = reports.actions(obligationId);
                savedAt = TIME.format(added.uploadedAt().atZone(zone));
            }
        }
    }

    public void detach(long attachmentId) {
        ReportView left = call(() -> reports.detach(obligationId, attachmentId, report.etag()), "files:file");
        if (left != null) {
            report = left;
        }
    }

    public void download(long attachmentId) throws IOException {
        Download file = call(() -> reports.download(obligationId, attachmentId));
        if (file != null) {
            PageDownload.send(file.fileName(), file.contentType(), file.content(), true);
        }
    }

    // --- the reviewers ---

    public void approve() {
        StepView step = call(() -> reports.approve(obligationId, report.etag()));
        done("report.approved", step);
    }

    public void accept() {
        StepView step = call(() -> reports.accept(obligationId, report.etag()));
        done("report.accepted", step);
    }

    public void returnForRevision() {
        ReturnRequest request = new ReturnRequest();
        request.comment = comment;
        StepView step = call(() -> reports.returnForRevision(obligationId, request, report.etag()), "review:comment");
        if (step != null) {
            comment = null;
        }
        done("report.returned", step);
    }

    private void done(String key, StepView step) {
        if (step == null) {
            return;
        }
        load();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                language.text(key).replace("{0}", language.text("status." + step.status())),
                                null));
    }

    /** Calls the boundary; what it refuses is said beside the field it names, or above the form. */
    private <T> T call(Supplier<T> boundary) {
        return call(boundary, null);
    }

    private <T> T call(Supplier<T> boundary, String fieldOtherwise) {
        try {
            return boundary.get();
        } catch (BusinessException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (String problem : refused.getMessage().split("; ")) {
                Matcher field = FIELD.matcher(problem);
                String clientId = field.matches()
                        ? "report:"
                                + field.group(1)
                                        .replace("].", ":")
                                        .replace("[", ":")
                                        .replace(".", ":")
                        : fieldOtherwise;
                String text = Bilingual.half(field.matches() ? field.group(2) : problem, language.isEnglish());
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
            faces.validationFailed();
            return null;
        }
    }

    private ReportInput input() {
        ReportInput input = new ReportInput();
        input.summary = summary;
        for (EntryForm form : entries) {
            input.entries.add(form.input());
        }
        return input;
    }

    // --- what the page shows ---

    public boolean may(String action) {
        return actions.contains(ReportAction.valueOf(action));
    }

    /** The comment of the latest return, shown to the officer above the form; {@code null} if none. */
    public String getReturnComment() {
        if (!"RETURNED".equals(report.status())) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("RETURNED".equals(history.get(i).action())) {
                return history.get(i).comment();
            }
        }
        return null;
    }

    /** A moment as the tenant's clock read it: 17/06/2024 10:00. */
    public String moment(Instant at) {
        return Formats.moment(at, zone);
    }

    /** A figure as the documents write it: 1.250; 83,25. */
    public String figure(BigDecimal value) {
        return value == null ? "" : VietnameseFormat.number(value);
    }

    public long getDaysOverdue() {
        return obligation.daysOverdue(today);
    }

    public String inLanguage(String bilingual) {
        return Bilingual.halves(bilingual, language.isEnglish());
    }

    public Long getObligationId() {
        return obligationId;
    }

    public void setObligationId(Long obligationId) {
        this.obligationId = obligationId;
    }

    public ObligationView getObligation() {
        return obligation;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    /** The agency's name in the language the page was opened in. */
    public String getAgencyName() {
        return agencyName;
    }

    public ReportView getReport() {
        return report;
    }

    public List<StepView> getHistory() {
        return history;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** What the form holds of one item: the boundary's entry, editable (EL reads getters, not records). */
    public static final class EntryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long itemId;
        private final String itemCode;
        private final String itemText;
        private String narrative;
        private boolean completed;
        private LocalDate completedOn;
        private final List<FigureForm> figures = new ArrayList<>();

        EntryForm(ReportView.Entry entry) {
            itemId = entry.itemId();
            itemCode = entry.itemCode();
            itemText = entry.itemText();
            narrative = entry.narrative();
            completed = entry.completed();
            completedOn = entry.completedOn();
            entry.figures().forEach(f -> figures.add(new FigureForm(f)));
        }

        void flagsFrom(ReportView.Entry saved) {
            for (int i = 0; i < figures.size() && i < saved.figures().size(); i++) {
                figures.get(i).flag = saved.figures().get(i).flag();
            }
        }

        ReportInput.Entry input() {
            ReportInput.Entry entry = new ReportInput.Entry();
            entry.itemId = itemId;
            entry.narrative = narrative;
            entry.completed = completed;
            entry.completedOn = completedOn;
            figures.forEach(f -> entry.figures.add(f.input()));
            return entry;
        }

        public long getItemId() {
            return itemId;
        }

        public String getItemCode() {
            return itemCode;
        }

        public String getItemText() {
            return itemText;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public boolean isCompleted() {
            return completed;
        }

        public void setCompleted(boolean completed) {
            this.completed = completed;
        }

        public LocalDate getCompletedOn() {
            return completedOn;
        }

        public void setCompletedOn(LocalDate completedOn) {
            this.completedOn = completedOn;
        }

        public List<FigureForm> getFigures() {
            return figures;
        }
    }

    /** One figure on the form; {@code flag}: the boundary's, from the last save. */
    public static final class FigureForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private BigDecimal numerator;
        private BigDecimal denominator;
        private BigDecimal target;
        private String unit;
        private String flag;

        FigureForm() {}

        FigureForm(ReportView.Figure figure) {
            name = figure.name();
            numerator = figure.numerator();
            denominator = figure.denominator();
            target = figure.target();
            unit = figure.unit();
            flag = figure.flag();
        }

        ReportInput.Figure input() {
            ReportInput.Figure figure = new ReportInput.Figure();
            figure.name = name;
            figure.numerator = numerator;
            figure.denominator = denominator;
            figure.target = target;
            figure.unit = unit;
            return figure;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getNumerator() {
            return numerator;
        }

        public void setNumerator(BigDecimal numerator) {
            this.numerator = numerator;
        }

        public BigDecimal getDenominator() {
            return denominator;
        }

        public void setDenominator(BigDecimal denominator) {
            this.denominator = denominator;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getFlag() {
            return flag;
        }
    }
}
