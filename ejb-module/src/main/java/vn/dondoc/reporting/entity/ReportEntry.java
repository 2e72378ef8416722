package vn.dondoc.reporting.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * What one report says about one item the agency holds. Rewritten in place, by position, when the
 * draft is saved again: the unique (report, position) key never sees two rows at once.
 */
@Entity
@Table(name = "report_entry")
public class ReportEntry extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", updatable = false)
    private Report report;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Lob
    private String narrative;

    @Column(nullable = false)
    private boolean completed;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** Read for all of a report's entries in one query (IN), not one per entry. */
    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<ReportFigure> figures = new ArrayList<>();

    protected ReportEntry() {}

    ReportEntry(Report report, int position, EntryContent content) {
        this.report = report;
        this.position = position;
        write(content);
    }

    void write(EntryContent content) {
        this.itemId = content.itemId();
        this.narrative = content.narrative();
        this.completed = content.completed();
        this.completedOn = content.completedOn();
        List<FigureContent> wanted = content.figures();
        for (int i = 0; i < wanted.size(); i++) {
            if (i < figures.size()) {
                figures.get(i).write(wanted.get(i));
            } else {
                figures.add(new ReportFigure(this, i, wanted.get(i)));
            }
        }
        while (figures.size() > wanted.size()) {
            figures.remove(figures.size() - 1);
        }
    }

    ReportEntry copyInto(Report other) {
        return new ReportEntry(other, position, content());
    }

    public EntryContent content() {
        return new EntryContent(
                itemId,
                narrative,
                completed,
                completedOn,
                figures.stream().map(ReportFigure::content).toList());
    }

    public long itemId() {
        return itemId;
    }
}
