package vn.dondoc.web.explanations;

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
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestView;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.web.reporting.PageDownload;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Pages;
import vn.dondoc.web.ui.Refusals;

/**
 * Giải trình: requests for explanation, the latest asked first, as {@code GET
 * /api/v1/explanation-requests} lists them (an agency's users their own agency's; leaders and the
 * secretariat every one, with who asked); one opened shows its question and answer, and an agency's
 * officer or head answers it there through {@link ExplanationRequests#answer}, with files attached
 * first through {@link ExplanationRequests#attach} (as {@code POST .../answer/attachments}); the
 * answer's files are listed and downloaded by whoever may read it. {@code ?id=} opens
 * one request (a notice's link); one the caller may not see is not found (404).
 */
@Named
@ViewScoped
public class ExplanationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("text", "answer:text");

    @Inject
    ExplanationRequests requests;

    @Inject
    Language language;

    private Long id;
    private String status;
    private final LazyDataModel<ExplanationRequestView> rows = new Rows();
    private ExplanationRequestView chosen;
    private String answer;

    /** The file the upload field holds for one request; never kept with the view. */
    private transient Part file;

    /** The view action: {@code ?id=} opens that request. */
    public void open() {
        if (id != null && chosen == null) {
            try {
                choose(requests.one(id));
            } catch (NotFound none) {
                Pages.notFound();
            }
        }
    }

    public void show(ExplanationRequestView request) {
        choose(requests.one(request.id()));
    }

    private void choose(ExplanationRequestView request) {
        chosen = request;
        answer = null;
    }

    public void close() {
        chosen = null;
    }

    /** The agency's answer; the request, now answered, or the refusal beside the answer's field. */
    public void answer() {
        AnswerInput input = new AnswerInput();
        input.text = answer;
        try {
            chosen = requests.answer(chosen.id(), input);
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_INFO, language.text("expl.answered.said"), null));
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    /** A file chosen in the upload field, added to the coming answer; the refusal beside the field. */
    public void upload() throws IOException {
        Part chosenFile = file;
        file = null;
        if (chosenFile == null) {
            return;
        }
        try (InputStream body = chosenFile.getInputStream()) {
            requests.attach(chosen.id(), chosenFile.getSubmittedFileName(), body, chosenFile.getSize());
            chosen = requests.one(chosen.id());
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), Map.of(), "answerUpload:file");
        }
    }

    /** A file of the answer, as {@code GET .../answer/attachments/{id}} gives it: always a download. */
    public void download(long attachmentId) throws IOException {
        try {
            Download got = requests.download(chosen.id(), attachmentId);
            PageDownload.send(got.fileName(), got.contentType(), got.content(), true);
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), Map.of(), null);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** An agency's officer or head answers; leaders and the secretariat ask and read. */
    public boolean isAnswering() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.AGENCY_OFFICER) || context.isUserInRole(Role.Names.AGENCY_HEAD);
    }

    public LazyDataModel<ExplanationRequestView> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public ExplanationRequestView getChosen() {
        return chosen;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    /** Each page is one call of {@link ExplanationRequests#list}; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<ExplanationRequestView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.list(null, status, 0, 1).total();
        }

        @Override
        public List<ExplanationRequestView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ExplanationRequestView> page = requests.list(null, status, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ExplanationRequestView request) {
            return String.valueOf(request.id());
        }
    }
}
