package vn.dondoc.documents.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyOrGroup;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A body section III (tổ chức thực hiện) names for the document's reporting regime ("Các Sở, ban,
 * ngành; UBND các huyện, thành phố … báo cáo kết quả …"), as printed. It points at the agency or
 * group it matched, or at neither while the name is unresolved: the printed text stays either way.
 * Its agencies and its groups' members owe the document's obligations.
 */
@Entity
@Table(name = "reporting_body")
@NamedQuery(
        name = ReportingBody.OF_DOCUMENT,
        query = "SELECT b FROM ReportingBody b LEFT JOIN FETCH b.body.agency LEFT JOIN FETCH b.body.group "
                + "WHERE b.document = :document ORDER BY b.position")
public class ReportingBody extends TenantOwned {

    public static final String OF_DOCUMENT = "ReportingBody.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false)
    private String text;

    /** {@code null} while the name is unresolved (an embedded value whose columns are all null). */
    @Embedded
    private AgencyOrGroup body;

    protected ReportingBody() {}

    /**
     * @param position its place among the document's reporting bodies, from 0, in the order printed
     * @param body what the name matched, {@link AgencyOrGroup#NONE} while unresolved
     */
    public ReportingBody(Document document, int position, String text, AgencyOrGroup body) {
        this.document = Objects.requireNonNull(document);
        this.position = position;
        this.text = Objects.requireNonNull(text);
        this.body = Objects.requireNonNull(body).resolved() ? body : null;
    }

    public Long id() {
        return id;
    }

    public Document document() {
        return document;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public boolean resolved() {
        return body().resolved();
    }

    public AgencyOrGroup body() {
        return body == null ? AgencyOrGroup.NONE : body;
    }

    /** The agency named, or {@code null}. */
    public Agency agency() {
        return body().agency();
    }

    /** The group named, or {@code null}. */
    public AgencyGroup group() {
        return body().group();
    }
}
