package vn.dondoc.web.documents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.items.boundary.ItemEdit;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.Items;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;

/**
 * Sửa nội dung: the secretariat corrects one item of a document (its text, its time frame) and
 * who it is assigned to, through {@link Items} as {@code PATCH …/items/{itemId}} and {@code
 * POST|DELETE …/assignments} do. What is valid is the boundary's to say; its refusals appear
 * beside the field they are about, in the page's language.
 */
@Named
@ViewScoped
public class ItemEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    Items items;

    @Inject
    Language language;

    private Long documentId;
    private Long itemId;
    private transient DocumentView document;
    private transient ItemView item;

    private String text;
    private String kind;
    private LocalDate deadline;
    private String scheduleText;
    private String agencyCode;
    private String role = "LEAD";

    /**
     * The page's view action: only the secretariat corrects items (anybody else gets 403, as the
     * boundary would refuse them); an item not in the tenant's document is 404.
     */
    public void open() throws IOException {
        if (item != null) {
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!context.isUserInRole(Role.Names.SECRETARIAT)) {
            refuse(403);
            return;
        }
        try {
            if (documentId == null || itemId == null) {
                throw new NotFound("Không có nội dung / No item");
            }
            document = documents.one(documentId);
            show(find(document.items(), itemId).orElseThrow(() -> new NotFound("Không có nội dung / No item")));
        } catch (NotFound gone) {
            refuse(404);
        }
    }

    /** Lưu: the text and the time frame as the form holds them. */
    public void save() {
        ItemEdit edit = new ItemEdit();
        edit.text = text;
        ItemView saved = call("edit:deadline", () -> {
            edit.schedule = kind == null ? null : ItemEdit.ScheduleEdit.of(kind, deadline, scheduleText);
            return items.edit(documentId, itemId, edit);
        });
        if (saved != null) {
            show(saved);
            done("item.saved");
        }
    }

    /** Giao: one more agency, in the role chosen. */
    public void assign() {
        ItemView assigned = call("assign:agency", () -> items.assign(documentId, itemId, agencyCode, role));
        if (assigned != null) {
            show(assigned);
            agencyCode = null;
            done("item.assigned");
        }
    }

    /** Bỏ: takes the item away from one agency. */
    public void unassign(long assignmentId) {
        ItemView left = call(null, () -> items.unassign(documentId, itemId, assignmentId));
        if (left != null) {
            show(left);
            done("item.unassigned");
        }
    }

    private void show(ItemView shown) {
        item = shown;
        text = shown.text();
        kind = shown.schedule() == null ? null : shown.schedule().kind();
        deadline = shown.schedule() == null ? null : shown.schedule().deadline();
        scheduleText = shown.schedule() == null ? null : shown.schedule().text();
    }

    /**
     * Calls the boundary; a refusal (invalid, already assigned, gone) is said beside {@code field}
     * (or at the top) in the page's language, and the call answers {@code null}.
     */
    private <T> T call(String field, Supplier<T> boundary) {
        try {
            return boundary.get();
        } catch (InvalidInput | Conflict | NotFound refused) {
            error(field, refused);
            return null;
        }
    }

    private void error(String field, BusinessException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                field,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Bilingual.half(refused.getMessage(), language.isEnglish()), null));
        faces.validationFailed();
    }

    private void done(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text(key), null));
    }

    private static void refuse(int status) throws IOException {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .responseSendError(status, status == 404 ? "Not Found" : "Forbidden");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static Optional<ItemView> find(List<ItemView> tree, long id) {
        List<ItemView> todo = new ArrayList<>(tree);
        while (!todo.isEmpty()) {
            ItemView next = todo.remove(0);
            if (next.id() != null && next.id() == id) {
                return Optional.of(next);
            }
            todo.addAll(next.children());
        }
        return Optional.empty();
    }

    public List<String> getKinds() {
        return ItemEdit.ScheduleEdit.KINDS;
    }

    public List<String> getRoles() {
        return Items.ROLES;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public DocumentView getDocument() {
        return document;
    }

    public ItemView getItem() {
        return item;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getScheduleText() {
        return scheduleText;
    }

    public void setScheduleText(String scheduleText) {
        this.scheduleText = scheduleText;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
