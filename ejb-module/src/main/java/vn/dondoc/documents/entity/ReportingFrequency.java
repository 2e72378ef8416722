package vn.dondoc.documents.entity;

/** How often agencies report on a plan (định kỳ báo cáo). */
public enum ReportingFrequency {
    MONTHLY,
    QUARTERLY,
    /** 6 tháng. */
    SEMIANNUAL,
    /** 01 năm, hằng năm. */
    ANNUAL
}
