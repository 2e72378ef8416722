package vn.dondoc.scorecards.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.DocumentScore;
import vn.dondoc.scorecards.boundary.ScorecardView.GroupScore;
import vn.dondoc.scorecards.boundary.ScorecardView.Rates;
import vn.dondoc.scorecards.boundary.ScorecardView.Reports;
import vn.dondoc.scorecards.boundary.ScorecardView.Tasks;
import vn.dondoc.scorecards.control.Aging;
import vn.dondoc.scorecards.control.Cell;
import vn.dondoc.scorecards.control.Cell.Kind;
import vn.dondoc.scorecards.control.Column;
import vn.dondoc.scorecards.control.ScorecardPdf;
import vn.dondoc.scorecards.control.Table;
import vn.dondoc.scorecards.control.TaskStatus;
import vn.dondoc.scorecards.entity.Grade;
import vn.dondoc.scorecards.entity.TaskKind;

/**
 * The tables of a scorecard (các bảng của bảng đánh giá), defined once for the CSV, the spreadsheet
 * and the PDF: per agency (with the totals), per agency group, per document, and the open overdue
 * tasks. Each rate names its denominator in its heading: over the tasks that have fallen due, or
 * over all assigned tasks.
 */
public final class ScorecardTables {

    /** The names the {@code table} parameter takes, in the spreadsheet's order. */
    public static final List<String> NAMES =
            List.of("agencies", "groups", "documents", "overdue", "targets", "missed-targets");

    private static final String TOTAL = "Tổng cộng / Total";

    private ScorecardTables() {}

    /** Every table, one a sheet. */
    public static List<Table> all(ScorecardView view, List<ScorecardLine> overdue) {
        return List.of(
                agencies(view), groups(view), documents(view), overdue(overdue), targets(view), missedTargets(view));
    }

    /** The table of this name ({@link #NAMES}), or empty. */
    public static Optional<Table> named(String name, ScorecardView view, List<ScorecardLine> overdue) {
        return switch (name) {
            case "agencies" -> Optional.of(agencies(view));
            case "groups" -> Optional.of(groups(view));
            case "documents" -> Optional.of(documents(view));
            case "overdue" -> Optional.of(overdue(overdue));
            case "targets" -> Optional.of(targets(view));
            case "missed-targets" -> Optional.of(missedTargets(view));
            default -> Optional.empty();
        };
    }

    /** One line per agency, then the totals. */
    public static Table agencies(ScorecardView view) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Mã cơ quan", "Agency code", Kind.TEXT, 6),
                new Column("Cơ quan, đơn vị", "Agency", Kind.TEXT, 13)));
        columns.addAll(METRICS);
        List<List<Cell>> rows = view.agencies().stream()
                .map(a -> line(List.of(Cell.text(a.agencyCode()), Cell.text(a.name())), a))
                .toList();
        AgencyScore t = view.totals();
        List<List<Cell>> totals = t == null ? List.of() : List.of(line(List.of(Cell.text(null), Cell.text(TOTAL)), t));
        return new Table("agencies", "Cơ quan", "1. Kết quả theo cơ quan, đơn vị / By agency", columns, rows, totals);
    }

    /** One line per agency group: the sum of its members' lines. */
    public static Table groups(ScorecardView view) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Mã nhóm", "Group code", Kind.TEXT, 6),
                new Column("Nhóm cơ quan", "Agency group", Kind.TEXT, 11),
                new Column("Số cơ quan", "Agencies", Kind.COUNT, 3.2f)));
        columns.addAll(METRICS);
        List<List<Cell>> rows = new ArrayList<>();
        for (GroupScore g : view.groups()) {
            rows.add(metrics(
                    List.of(Cell.text(g.groupCode()), Cell.text(g.name()), Cell.count(g.agencies())),
                    g.tasks(),
                    g.rates(),
                    g.reports(),
                    g.score(),
                    g.grade()));
        }
        return new Table(
                "groups", "Nhóm cơ quan", "Kết quả theo nhóm cơ quan / By agency group", columns, rows, List.of());
    }

    /** One line per document (none when the scorecard is limited to one). */
    public static Table documents(ScorecardView view) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Số văn bản", "Document number", Kind.TEXT, 7),
                new Column("Trích yếu", "Title", Kind.TEXT, 13)));
        columns.addAll(METRICS);
        List<List<Cell>> rows = new ArrayList<>();
        for (DocumentScore d : view.documents()) {
            rows.add(metrics(
                    List.of(Cell.text(d.number()), Cell.text(d.title())),
                    d.tasks(),
                    d.rates(),
                    d.reports(),
                    d.score(),
                    d.grade()));
        }
        return new Table("documents", "Văn bản", "Kết quả theo văn bản / By document", columns, rows, List.of());
    }

    /** The open overdue tasks, the longest overdue first. */
    public static Table overdue(List<ScorecardLine> lines) {
        List<Column> columns = List.of(
                new Column("Cơ quan, đơn vị", "Agency", Kind.TEXT, 12),
                new Column("Văn bản", "Document", Kind.TEXT, 8),
                new Column("Mục hoặc kỳ báo cáo", "Item or period", Kind.TEXT, 6),
                new Column("Nội dung nhiệm vụ", "Task", Kind.TEXT, 28),
                new Column("Hạn hoàn thành", "Deadline", Kind.DATE, 6),
                new Column("Hạn ban đầu", "Original deadline", Kind.DATE, 6),
                new Column("Số ngày quá hạn", "Days overdue", Kind.COUNT, 5),
                new Column("Nhóm quá hạn", "Aging", Kind.TEXT, 6));
        List<List<Cell>> rows = lines.stream()
                .map(l -> List.of(
                        Cell.text(l.agencyName()),
                        Cell.text(l.documentNumber()),
                        // an item's code or a report's period; the agency's own plan has neither, its name is the task
                        Cell.text(own(l) ? null : l.subject()),
                        Cell.text(own(l) ? l.subject() : l.text()),
                        Cell.date(l.dueOn()),
                        Cell.date(l.originalDueOn()),
                        Cell.count(l.daysOverdue()),
                        Cell.text(
                                l.aging() == null
                                        ? null
                                        : Aging.valueOf(l.aging()).vietnamese())))
                .toList();
        return new Table(
                "overdue",
                "Nhiệm vụ quá hạn",
                "2. Nhiệm vụ chưa hoàn thành, quá hạn / Open overdue tasks",
                columns,
                rows,
                List.of());
    }

    /**
     * The targets track (chỉ tiêu) of the emulation year, one line per agency, then the totals: due,
     * met (exceeded among them), missed, without a result, and whether the tenant's rule leaves the
     * agency out of the year's emulation (D-047).
     */
    public static Table targets(ScorecardView view) {
        List<Column> columns = List.of(
                new Column("Mã cơ quan", "Agency code", Kind.TEXT, 6),
                new Column("Cơ quan, đơn vị", "Agency", Kind.TEXT, 14),
                new Column("Năm thi đua", "Emulation year", Kind.TEXT, 3.6f),
                new Column("Chỉ tiêu đến hạn", "Targets due", Kind.COUNT, 3.6f),
                new Column("Đạt", "Met", Kind.COUNT, 3.6f),
                new Column("Trong đó vượt", "Of which exceeded", Kind.COUNT, 3.6f),
                new Column("Không đạt", "Missed", Kind.COUNT, 3.6f),
                new Column("Chưa có kết quả", "No result yet", Kind.COUNT, 3.6f),
                new Column("Loại khỏi xét thi đua", "Excluded from emulation", Kind.TEXT, 5),
                new Column("Số cơ quan bị loại", "Agencies excluded", Kind.COUNT, 3.6f));
        List<List<Cell>> rows = view.agencies().stream()
                .filter(a -> a.targets() != null)
                .map(a -> track(Cell.text(a.agencyCode()), Cell.text(a.name()), a.targets()))
                .toList();
        AgencyScore t = view.totals();
        List<List<Cell>> totals = t == null || t.targets() == null
                ? List.of()
                : List.of(track(Cell.text(null), Cell.text(TOTAL), t.targets()));
        return new Table(
                "targets", "Chỉ tiêu", "3. Chỉ tiêu theo cơ quan, đơn vị / Targets by agency", columns, rows, totals);
    }

    /** Every missed target of the emulation year: the value asked against the result. */
    public static Table missedTargets(ScorecardView view) {
        List<Column> columns = List.of(
                new Column("Cơ quan, đơn vị", "Agency", Kind.TEXT, 10),
                new Column("Chỉ tiêu", "Target", Kind.TEXT, 22),
                new Column("Kỳ", "Period", Kind.TEXT, 4),
                new Column("Yêu cầu", "Asked", Kind.TEXT, 7),
                new Column("Giá trị chỉ tiêu", "Target value", Kind.DECIMAL, 4.5f),
                new Column("Kết quả", "Result", Kind.DECIMAL, 4.5f),
                new Column("Kết quả (tử số/mẫu số)", "Result (numerator/denominator)", Kind.TEXT, 8));
        List<List<Cell>> rows = new ArrayList<>();
        for (AgencyScore a : view.agencies()) {
            if (a.targets() == null) {
                continue;
            }
            for (ScorecardView.MissedTarget m : a.targets().missedTargets()) {
                rows.add(List.of(
                        Cell.text(m.agencyName()),
                        Cell.text(m.name()),
                        Cell.text(m.periodLabel()),
                        Cell.text(m.target()),
                        Cell.decimal(m.value()),
                        Cell.decimal(m.result()),
                        Cell.text(m.resultShown())));
            }
        }
        return new Table(
                "missed-targets",
                "Chỉ tiêu không đạt",
                "4. Chỉ tiêu không đạt / Missed targets",
                columns,
                rows,
                List.of());
    }

    private static List<Cell> track(Cell code, Cell name, ScorecardView.TargetTrack t) {
        return List.of(
                code,
                name,
                Cell.text(Integer.toString(t.year())),
                Cell.count(t.due()),
                Cell.count(t.met()),
                Cell.count(t.exceeded()),
                Cell.count(t.missed()),
                Cell.count(t.noResult()),
                Cell.text(t.excludedFromEmulation() ? "Loại / Excluded" : null),
                Cell.count(t.agenciesExcluded()));
    }

    private static boolean own(ScorecardLine line) {
        return TaskKind.DELIVERABLE.name().equals(line.kind());
    }

    /** The on-time rate over the due tasks of each agency, for the PDF's chart. */
    public static List<ScorecardPdf.Bar> onTimeBars(ScorecardView view) {
        return view.agencies().stream()
                .map(a -> new ScorecardPdf.Bar(a.name(), a.rates().onTimeOfDue()))
                .toList();
    }

    /** Counts, both denominators' rates, reports, score and grade: every line's same columns. */
    private static final List<Column> METRICS = List.of(
            new Column("Nhiệm vụ được giao", "Assigned", Kind.COUNT, 3.6f),
            new Column("Nhiệm vụ đến hạn", "Due", Kind.COUNT, 3.6f),
            status(TaskStatus.COMPLETED_ON_TIME),
            status(TaskStatus.COMPLETED_LATE),
            status(TaskStatus.OPEN_WITHIN_DEADLINE),
            status(TaskStatus.OPEN_OVERDUE),
            new Column("Tỷ lệ hoàn thành trên số đến hạn (%)", "Completed of due (%)", Kind.PERCENT, 4.4f),
            new Column("Tỷ lệ đúng hạn trên số đến hạn (%)", "On time of due (%)", Kind.PERCENT, 4.4f),
            new Column("Tỷ lệ quá hạn trên số đến hạn (%)", "Overdue of due (%)", Kind.PERCENT, 4.4f),
            new Column("Tỷ lệ hoàn thành trên số được giao (%)", "Completed of assigned (%)", Kind.PERCENT, 4.4f),
            new Column("Báo cáo phải nộp", "Reports expected", Kind.COUNT, 3.6f),
            new Column("Báo cáo đã nhận", "Reports received", Kind.COUNT, 3.6f),
            new Column("Báo cáo đúng hạn", "Reports on time", Kind.COUNT, 3.6f),
            new Column("Tỷ lệ báo cáo (%)", "Reporting rate (%)", Kind.PERCENT, 4.4f),
            new Column("Tỷ lệ báo cáo đúng hạn (%)", "Timeliness (%)", Kind.PERCENT, 4.4f),
            new Column("Điểm", "Score", Kind.DECIMAL, 4),
            new Column("Xếp loại", "Grade", Kind.TEXT, 5.5f));

    private static Column status(TaskStatus status) {
        return new Column(status.vietnamese(), status.english(), Kind.COUNT, 3.9f);
    }

    private static List<Cell> line(List<Cell> first, AgencyScore a) {
        return metrics(first, a.tasks(), a.rates(), a.reports(), a.score(), a.grade());
    }

    private static List<Cell> metrics(List<Cell> first, Tasks t, Rates r, Reports p, BigDecimal score, String grade) {
        List<Cell> cells = new ArrayList<>(first);
        cells.add(Cell.count(t.assigned()));
        cells.add(Cell.count(t.due()));
        cells.add(Cell.count(t.completedOnTime()));
        cells.add(Cell.count(t.completedLate()));
        cells.add(Cell.count(t.openWithinDeadline()));
        cells.add(Cell.count(t.openOverdue()));
        cells.add(Cell.percent(r.completedOfDue()));
        cells.add(Cell.percent(r.onTimeOfDue()));
        cells.add(Cell.percent(r.overdueOfDue()));
        cells.add(Cell.percent(r.completedOfAssigned()));
        cells.add(Cell.count(p.expected()));
        cells.add(Cell.count(p.received()));
        cells.add(Cell.count(p.receivedOnTime()));
        cells.add(Cell.percent(p.reportingRate()));
        cells.add(Cell.percent(p.timeliness()));
        cells.add(Cell.decimal(score));
        cells.add(Cell.text(grade == null ? null : Grade.valueOf(grade).vietnamese()));
        return cells;
    }
}
