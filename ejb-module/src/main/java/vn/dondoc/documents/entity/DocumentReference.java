package vn.dondoc.documents.entity;

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
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A document's reference to another, kept as the printed number and linked to the registered
 * document when there is one, so that the chain directive → plan → agency plans can be walked
 * both ways.
 */
@Entity
@Table(name = "document_reference")
@NamedQuery(
        name = DocumentReference.OF_DOCUMENT,
        query = "SELECT r FROM DocumentReference r WHERE r.document = :document ORDER BY r.id")
@NamedQuery(
        name = DocumentReference.TO_NUMBER,
        query = "SELECT r FROM DocumentReference r WHERE r.number = :number AND r.target IS NULL")
@NamedQuery(
        name = DocumentReference.TO_DOCUMENT,
        query = "SELECT r FROM DocumentReference r JOIN FETCH r.document WHERE r.target = :document ORDER BY r.id")
public class DocumentReference extends TenantOwned {

    public static final String OF_DOCUMENT = "DocumentReference.ofDocument";
    public static final String TO_NUMBER = "DocumentReference.toNumber";
    public static final String TO_DOCUMENT = "DocumentReference.toDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferenceRelation relation;

    @Column(nullable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id")
    private Document target;

    protected DocumentReference() {}

    public DocumentReference(Document document, ReferenceRelation relation, String number, Document target) {
        this.document = Objects.requireNonNull(document);
        this.relation = Objects.requireNonNull(relation);
        this.number = Objects.requireNonNull(number);
        this.target = target;
    }

    /** Links this reference to the document it names, now registered. */
    public void linkTo(Document registered) {
        if (registered.number().equals(number)) {
            this.target = registered;
        }
    }

    public Document document() {
        return document;
    }

    public ReferenceRelation relation() {
        return relation;
    }

    public String number() {
        return number;
    }

    public Document target() {
        return target;
    }
}
