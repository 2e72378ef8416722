package vn.dondoc.explanations.entity;

/** What an agency is asked to explain: a report it owes (an obligation) or an item it holds. */
public enum ExplanationSubject {
    /** Nghĩa vụ báo cáo: a report missing, late or returned. */
    OBLIGATION,
    /** Nhiệm vụ: an item of a document the agency is assigned, e.g. overdue. */
    ITEM
}
