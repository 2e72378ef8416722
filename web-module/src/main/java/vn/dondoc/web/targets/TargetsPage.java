package vn.dondoc.web.targets;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.platform.security.Role;
import vn.dondoc.targets.boundary.TargetInput;
import vn.dondoc.targets.boundary.TargetView;
import vn.dondoc.targets.boundary.Targets;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Pages;
import vn.dondoc.web.ui.Refusals;

/**
 * Chỉ tiêu of a document ({@code ?document=}): its targets and where each stands today, a page at a
 * time, as {@code GET /api/v1/targets?document=} lists them (an agency's users their own agency's
 * only, {@link Targets} filters); the secretariat adds one ({@link Targets#create}, as {@code POST
 * /documents/{id}/targets}) and corrects one ({@link Targets#edit}, as {@code PATCH /targets/{id}}),
 * a refusal shown beside the field it names. A document the tenant does not have is not found.
 */
@Named
@ViewScoped
public class TargetsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "agencyCode", "target:agency",
            "agencyCode, groupCode", "target:agency",
            "groupCode", "target:agency",
            "itemId", "target:item",
            "year", "target:year",
            "periodLabel", "target:period",
            "name", "target:name",
            "unit", "target:unit",
            "direction", "target:direction",
            "value", "target:value");

    @Inject
    Targets targets;

    @Inject
    Documents documents;

    @Inject
    Language language;

    private Long document;
    private DocumentView shown;
    private final Map<Long, String> itemCodes = new HashMap<>();
    private final LazyDataModel<TargetView> rows = new Rows();

    /** The target being corrected, or {@code null} while a new one is written. */
    private Long editing;

    private Long itemId;
    private String agencyCode;
    private Integer year;
    private String periodLabel;
    private String name;
    private String unit;
    private String direction = "AT_LEAST";
    private boolean strict;
    private BigDecimal value;
    private boolean formShown;

    /** The view action: the document, or 404 when the tenant has none by that id. */
    public void open() {
        if (shown != null) {
            return;
        }
        try {
            if (document == null) {
                throw new NotFound("Không có văn bản / No document");
            }
            shown = documents.one(document);
            collect(shown.items());
        } catch (NotFound none) {
            Pages.notFound();
        }
    }

    private void collect(List<ItemView> items) {
        if (items == null) {
            return;
        }
        for (ItemView item : items) {
            itemCodes.put(item.id(), item.code());
            collect(item.children());
        }
    }

    /** The secretariat adds and corrects; everyone else reads. */
    public boolean isSecretariat() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECRETARIAT);
    }

    /** An empty form for a new target. */
    public void add() {
        clear();
        formShown = true;
    }

    /** The form filled with the target's terms, to correct it. */
    public void edit(TargetView target) {
        clear();
        editing = target.id();
        itemId = target.itemId();
        agencyCode = target.agencyCode();
        year = target.year();
        periodLabel = target.periodLabel();
        name = target.name();
        unit = target.unit();
        direction = target.direction();
        strict = target.strict();
        value = target.value();
        formShown = true;
    }

    public void cancel() {
        clear();
    }

    /** The new target or the correction, through the boundary; its refusal beside the field it names. */
    public void save() {
        TargetInput input = new TargetInput();
        input.year = year;
        input.periodLabel = blankToNull(periodLabel);
        input.name = name == null ? "" : name;
        input.unit = blankToNull(unit);
        input.direction = direction;
        input.strict = strict;
        input.value = value;
        try {
            if (editing == null) {
                input.itemId = itemId;
                input.agencyCode = blankToNull(agencyCode);
                List<TargetView> made = targets.create(document, input);
                Refusals.done(language.text("target.added") + " " + made.get(0).name());
            } else {
                TargetView edited = targets.edit(editing, input);
                Refusals.done(language.text("target.edited") + " " + edited.name());
            }
            clear();
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    private void clear() {
        editing = null;
        itemId = null;
        agencyCode = null;
        year = null;
        periodLabel = null;
        name = null;
        unit = null;
        direction = "AT_LEAST";
        strict = false;
        value = null;
        formShown = false;
    }

    /** "ít nhất 95 %", "at least 95 %": the direction, the value and its unit. */
    public String terms(TargetView t) {
        String key = "target.direction." + t.direction() + (t.strict() ? ".strict" : "");
        String amount = VietnameseFormat.number(t.value());
        String unitText = t.unit() == null || t.unit().isBlank() ? "" : " " + t.unit();
        return language.text(key) + " " + amount + unitText;
    }

    /** "2.897/3.073 = 94,27 %" for a rate, "1.250" for a count; "" when there is no result. */
    public String result(TargetView t) {
        TargetView.ResultView r = t.attainment().result();
        if (r == null) {
            return "";
        }
        if (r.denominator() != null && r.numerator() != null) {
            return VietnameseFormat.number(r.numerator()) + "/" + VietnameseFormat.number(r.denominator()) + " = "
                    + VietnameseFormat.percent(r.value());
        }
        return "RATE".equals(t.measure()) ? VietnameseFormat.percent(r.value()) : VietnameseFormat.number(r.value());
    }

    /** The change against a year earlier in the page's language ("tăng 3,2 điểm phần trăm"). */
    public String change(TargetView t) {
        TargetView.ChangeView c = t.attainment().yearOnYear();
        return c == null ? "" : Refusals.text(c.label(), language.isEnglish());
    }

    /** The item's code ("II.3") or "" for the document itself. */
    public String itemCode(Long id) {
        return id == null ? "" : itemCodes.getOrDefault(id, "");
    }

    /** The document's items, a choice of the form: id to its code. */
    public Map<String, Long> getItemChoices() {
        Map<String, Long> choices = new java.util.LinkedHashMap<>();
        itemCodes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> choices.put(e.getValue(), e.getKey()));
        return choices;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LazyDataModel<TargetView> getRows() {
        return rows;
    }

    public DocumentView getShown() {
        return shown;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public Long getEditing() {
        return editing;
    }

    public boolean isFormShown() {
        return formShown;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    /** Each page is one call of {@link Targets#list} for the document; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<TargetView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) targets.list(document, null, null, 0, 1).total();
        }

        @Override
        public List<TargetView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<TargetView> page = targets.list(document, null, null, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(TargetView target) {
            return String.valueOf(target.id());
        }
    }
}
