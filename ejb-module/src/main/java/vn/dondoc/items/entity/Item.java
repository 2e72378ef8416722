package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One content item of a document (nội dung, nhiệm vụ): a section, a numbered item or a sub-item,
 * with its printed label, its code in the tree ("II.2.a") and its time frame. An item the
 * secretariat has edited is marked so, and a re-import leaves it as the secretariat left it.
 */
@Entity
@Table(name = "item")
@NamedQuery(name = Item.OF_DOCUMENT, query = "SELECT i FROM Item i WHERE i.document = :document ORDER BY i.position")
public class Item extends TenantOwned {

    public static final String OF_DOCUMENT = "Item.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Item parent;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind")
    private Schedule.Kind scheduleKind;

    private LocalDate deadline;

    @Column(name = "schedule_text")
    private String scheduleText;

    @Column(nullable = false)
    private boolean edited;

    @Version
    private long version;

    protected Item() {}

    public Item(Document document, Item parent, String code, String label, int position) {
        this.document = Objects.requireNonNull(document);
        this.parent = parent;
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.position = position;
        this.text = "";
    }

    /** Takes the printed content from an import; an edited item keeps the secretariat's version. */
    public void readFromImport(String label, String text, Schedule schedule, int position, Item parent) {
        this.position = position;
        this.parent = parent;
        if (edited) {
            return;
        }
        this.label = label;
        this.text = text == null ? "" : text;
        schedule(schedule);
    }

    /** The secretariat's correction of the text or time frame; kept across re-imports. */
    public void edit(String text, Schedule schedule) {
        if (text != null) {
            this.text = text;
        }
        if (schedule != null) {
            schedule(schedule);
        }
        this.edited = true;
    }

    private void schedule(Schedule schedule) {
        this.scheduleKind = schedule == null ? null : schedule.kind();
        this.deadline = schedule == null ? null : schedule.deadline();
        this.scheduleText = schedule == null ? null : schedule.text();
    }

    public Long id() {
        return id;
    }

    public Document document() {
        return document;
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
        return scheduleKind == null ? null : new Schedule(scheduleKind, deadline, scheduleText);
    }

    public boolean edited() {
        return edited;
    }
}
