package vn.dondoc.documents.entity;

/** How strongly a plan depends on the document it names; the order is strongest first. */
public enum ReferenceRelation {
    /** The directive or resolution the plan carries out (thực hiện Chỉ thị số 46-CT/TU). */
    IMPLEMENTS,
    /** The instruction it follows (thực hiện Văn bản số…, căn cứ…, theo…). */
    BASED_ON,
    /** Any other document named in the text. */
    CITES
}
