package vn.dondoc.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.dondoc.tenancy.entity.TenantOwned;

/** One figure of a report's entry, in its place; rewritten in place when the draft is saved again. */
@Entity
@Table(name = "report_figure")
public class ReportFigure extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", updatable = false)
    private ReportEntry entry;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, precision = 24, scale = 6)
    private BigDecimal numerator;

    @Column(precision = 24, scale = 6)
    private BigDecimal denominator;

    @Column(precision = 24, scale = 6)
    private BigDecimal target;

    @Column(length = 50)
    private String unit;

    @Column(length = 1000)
    private String flag;

    protected ReportFigure() {}

    ReportFigure(ReportEntry entry, int position, FigureContent content) {
        this.entry = entry;
        this.position = position;
        write(content);
    }

    void write(FigureContent content) {
        this.name = content.name();
        this.numerator = content.numerator();
        this.denominator = content.denominator();
        this.target = content.target();
        this.unit = content.unit();
        this.flag = content.flag();
    }

    public FigureContent content() {
        return new FigureContent(name, numerator, denominator, target, unit, flag);
    }

    public int position() {
        return position;
    }
}
