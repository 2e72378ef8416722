package vn.dondoc.reporting.entity;

/** What an obligation (nghĩa vụ báo cáo) asks an agency to deliver for one document; the names are the API's. */
public enum ObligationKind {
    /**
     * The agency's own implementation plan (kế hoạch triển khai của cơ quan): one deliverable, once,
     * due on the date section III of the document sets (Kế hoạch 204: "trước ngày 01/8/2023").
     */
    DELIVERABLE,
    /** The results report (báo cáo kết quả thực hiện) for one reporting period. */
    PERIODIC
}
