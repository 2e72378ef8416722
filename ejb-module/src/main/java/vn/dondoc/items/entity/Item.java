package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One content item of a document (nội dung, nhiệm vụ): a section, a numbered item or a sub-item,
 * with its printed label, its code in the tree ("II.2.a") and its time frame. An item the
 * secretariat has edited is marked so, and a re-import leaves it as the secretariat left it. Two
 * flags say what the print asks of a person: the work is requested of bodies outside the issuer's
 * authority (đề nghị), or no lead is named.
 */
@Entity
@Table(name = "item")
@NamedQuery(
        name = Item.OF_DOCUMENT,
        query = "SELECT i FROM Item i WHERE i.documentId = :documentId ORDER BY i.position")
public class Item extends TenantOwned {

    public static final String OF_DOCUMENT = "Item.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The document's id, not the document: items sit below documents and never reach up to them. */
    @NotNull
    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Item parent;

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, updatable = false)
    private String code;

    @NotNull
    @Size(max = 16)
    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Valid
    @Embedded
    private Schedule schedule;

    @Column(nullable = false)
    private boolean edited;

    /** The plan requests this work ("Đề nghị …") of bodies outside its issuer's authority: nobody is assigned. */
    @Column(nullable = false)
    private boolean requested;

    /** Nothing printed says who leads this item: a person must. */
    @Column(name = "no_lead_named", nullable = false)
    private boolean noLeadNamed;

    @Version
    private long version;

    protected Item() {}

    public Item(long documentId, Item parent, String code, String label, int position) {
        this.documentId = documentId;
        this.parent = parent;
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.position = position;
        this.text = "";
    }

    /**
     * Takes the printed content from an import: label, text, time frame and whether the work is
     * requested or names no lead. An edited item keeps the secretariat's version, and with it the
     * flags read from the text it keeps.
     */
    public void readFromImport(
            String label,
            String text,
            Schedule schedule,
            boolean requested,
            boolean noLeadNamed,
            int position,
            Item parent) {
        this.position = position;
        this.parent = parent;
        if (edited) {
            return;
        }
        this.label = label;
        this.text = text == null ? "" : text;
        this.requested = requested;
        this.noLeadNamed = noLeadNamed;
        if (!Objects.equals(this.schedule, schedule)) {
            // A new but equal value would still count as a change and rewrite the row.
            this.schedule = schedule;
        }
    }

    /**
     * The secretariat's correction of the text and/or the time frame ({@code null} leaves that part
     * as it is); kept across re-imports.
     */
    public void edit(String text, Schedule schedule) {
        if (text != null) {
            this.text = text;
        }
        if (schedule != null) {
            this.schedule = schedule;
        }
        markEdited();
    }

    /** The secretariat changed the item or its assignments: a re-import leaves it as it is now. */
    public void markEdited() {
        this.edited = true;
    }

    /**
     * The secretariat gives the item to one more agency.
     *
     * @param current the item's assignments now
     * @throws Conflict when that agency already holds an assignment of it
     */
    public Assignment assign(Agency agency, ResponsibilityRole role, Collection<Assignment> current) {
        if (current.stream().anyMatch(a -> a.agency().code().equals(agency.code()))) {
            throw new Conflict("Cơ quan '" + agency.code() + "' đã được giao nội dung này / '" + agency.code()
                    + "' is already assigned to this item");
        }
        markEdited();
        return new Assignment(this, agency, role, null, null);
    }

    /**
     * The assignments this leaf item's responsibilities call for (giao nhiệm vụ): the agency named,
     * or every current member of the group named (remembering the group). An agency named twice
     * gets one assignment, and leading wins over coordinating. A requested item calls for none: the
     * plan only asks the bodies it names, and they owe nothing unless the secretariat assigns them
     * by hand ({@link #assign}). Give all the item's responsibilities: the answer replaces whatever
     * the item held. The caller persists it.
     */
    public List<Assignment> assignmentsFor(
            List<Responsibility> responsibilities, Function<AgencyGroup, List<Agency>> membersOf) {
        if (requested) {
            return List.of();
        }
        Map<String, Responsibility> chosen = new LinkedHashMap<>();
        Map<String, Agency> agencies = new HashMap<>();
        for (Responsibility r : responsibilities) {
            List<Agency> named = r.agency() != null
                    ? List.of(r.agency())
                    : r.group() != null ? membersOf.apply(r.group()) : List.of();
            for (Agency agency : named) {
                Responsibility previous = chosen.get(agency.code());
                if (previous == null
                        || (previous.role() == ResponsibilityRole.COORDINATOR && r.role() == ResponsibilityRole.LEAD)) {
                    chosen.put(agency.code(), r);
                    agencies.put(agency.code(), agency);
                }
            }
        }
        List<Assignment> made = new ArrayList<>();
        chosen.forEach((code, r) -> made.add(new Assignment(this, agencies.get(code), r.role(), r.group(), r)));
        return made;
    }

    public Long id() {
        return id;
    }

    public Long documentId() {
        return documentId;
    }

    public Item parent() {
        return parent;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    /** The time frame, or {@code null} when none was printed or set. */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * The item's own deadline (hạn) for every agency assigned it, or {@code null} when its time frame
     * names no date; one agency's may be later ({@link AgencyDeadline}).
     */
    public LocalDate deadline() {
        return schedule == null ? null : schedule.deadline();
    }

    public boolean edited() {
        return edited;
    }

    /** Whether the plan requests this work rather than assigning it. */
    public boolean requested() {
        return requested;
    }

    /** Whether nothing printed says who leads this item. */
    public boolean noLeadNamed() {
        return noLeadNamed;
    }
}
