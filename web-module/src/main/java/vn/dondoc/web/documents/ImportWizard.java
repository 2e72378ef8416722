package vn.dondoc.web.documents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.PlanSource;
import vn.dondoc.documents.boundary.Uploads;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.items.boundary.Items;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;

/**
 * Nhập kế hoạch: the secretariat pastes a plan's text or uploads its .txt or .docx, sees what the
 * import would store ({@link Documents#preview}, the API's dry run), maps each name the directory
 * does not know to an agency or group in place ({@link Items#mapName}, as {@code PUT
 * /api/v1/name-mappings}: remembered for the import), and confirms ({@link Documents#importPlan}).
 * The upload is read within the API's limit by {@link Uploads}, which also decides its format.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The prefixes of a mapping choice's value: an agency's code or a group's. */
    static final String AGENCY = "agency:";

    static final String GROUP = "group:";

    @Inject
    Documents documents;

    @Inject
    Items items;

    @Inject
    Uploads uploads;

    @Inject
    Language language;

    private String pasted;
    private String fileName;
    private PlanSource.Format format;
    private byte[] content;
    private transient DocumentView preview;
    private List<ItemRow> rows = List.of();
    private final Map<String, String> choices = new HashMap<>();

    /** The page's view action: the import is the secretariat's (anybody else gets 403). */
    public void open() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!context.isUserInRole(Role.Names.SECRETARIAT)) {
            context.responseSendError(403, "Forbidden");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Đọc văn bản: the pasted text, as UTF-8 text. */
    public void readPasted() {
        if (pasted == null || pasted.isBlank()) {
            message("source:pasted", language.text("import.pasteFirst"));
            return;
        }
        fileName = null;
        format = PlanSource.Format.TEXT;
        content = pasted.getBytes(StandardCharsets.UTF_8);
        read("source:pasted");
    }

    /** The uploaded .txt or .docx, read at once. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        PlanSource source;
        try (InputStream in = file.getInputStream()) {
            source = uploads.read(in, file.getContentType(), file.getSize());
        } catch (BusinessException refused) {
            message("upload:file", half(refused));
            return;
        } catch (IOException unreadable) {
            message("upload:file", language.text("import.unreadable"));
            return;
        }
        fileName = file.getFileName();
        format = source.format();
        content = source.content();
        read("upload:file");
    }

    /** Gán: the unresolved name {@code text} stands for the agency or group chosen in its row. */
    public void map(String text, int row) {
        String choice = choices.get(text);
        String field = "preview:unresolved:" + row + ":choice";
        if (choice == null || choice.isBlank()) {
            message(field, language.text("import.chooseFirst"));
            return;
        }
        String agency = choice.startsWith(AGENCY) ? choice.substring(AGENCY.length()) : null;
        String group = choice.startsWith(GROUP) ? choice.substring(GROUP.length()) : null;
        if (call(field, () -> items.mapName(text, agency, group)) != null) {
            choices.remove(text);
            read(null);
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    language.text("import.mapped").replace("{0}", text),
                                    null));
        }
    }

    /** Nhập: stores the plan, then opens its page. */
    public String confirm() {
        ImportOutcome outcome = call("preview:confirm", () -> documents.importPlan(source()));
        if (outcome == null) {
            return null;
        }
        return "/app/van-ban/chi-tiet.xhtml?faces-redirect=true&id="
                + outcome.document().id();
    }

    /** Làm lại: back to the first step, nothing stored. */
    public void restart() {
        pasted = null;
        fileName = null;
        format = null;
        content = null;
        preview = null;
        rows = List.of();
        choices.clear();
    }

    /** The preview of the source held; a refusal is said beside {@code field}. */
    private void read(String field) {
        DocumentView read = call(field, () -> documents.preview(source()));
        preview = read;
        rows = read == null ? List.of() : ItemRow.of(read.items());
    }

    private PlanSource source() {
        return new PlanSource(format, content);
    }

    private <T> T call(String field, Supplier<T> boundary) {
        try {
            return boundary.get();
        } catch (BusinessException refused) {
            message(field, half(refused));
            return null;
        }
    }

    private String half(BusinessException refused) {
        return Bilingual.half(refused.getMessage(), language.isEnglish());
    }

    private static void message(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public boolean isPreviewed() {
        return preview != null;
    }

    public DocumentView getPreview() {
        return preview;
    }

    public List<ItemRow> getRows() {
        return rows;
    }

    /** How many items the import would store, at every depth. */
    public int getItemCount() {
        return rows.size();
    }

    public String getFileName() {
        return fileName;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public String getAgencyPrefix() {
        return AGENCY;
    }

    public String getGroupPrefix() {
        return GROUP;
    }
}
