package vn.dondoc.benchmarks.bare;

import java.util.List;

/** A report with its obligation, as {@code GET …/report} answers. */
public record ReportView(
        long obligationId, String status, String summary, List<ReportBody.Entry> entries, long version) {}
