package vn.dondoc.benchmarks.province;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Writes province tenants straight into a migrated database with JDBC batches: agencies and groups,
 * documents with items, responsibilities and assignments, obligations (the agency's plan, monthly and
 * yearly reports), reports with their steps, item completions in accepted reports, extensions, and the
 * scorecard's ledger ({@code task_version}) with the history the product would have written as these
 * events happened. Every id is assigned here, in blocks, before its row is written. The
 * distributions are in docs/decisions.md, D-034; what the generator leaves out is said there too.
 */
final class Generator {

    /** The shape of a full-size province (issue 9): about 250 agencies, 60 documents, 25 items each. */
    static final int AGENCIES = 250;

    static final int DOCUMENTS = 60;
    static final int ITEMS_PER_DOCUMENT = 25;
    static final String PASSWORD = "demo";
    private static final int SENDING_WORKING_DAYS = 3;
    private static final int CUT_OFF_DAY = 14;

    private final Connection c;
    private final LocalDate today;
    private final Instant now;
    private final WorkingDays calendar = new WorkingDays();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final String passwordHash;
    private long nextVersionId;
    private long versionIdsLeft;

    /** What one tenant's generation wrote, table by table. */
    final Map<String, Long> written = new LinkedHashMap<>();

    Generator(Connection c, LocalDate today) throws SQLException {
        this.c = Objects.requireNonNull(c);
        this.today = today;
        this.now = today.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        this.passwordHash = pbkdf2(PASSWORD);
    }

    Instant now() {
        return now;
    }

    /**
     * One tenant, {@code documents} documents of {@value #ITEMS_PER_DOCUMENT} items each, reported on
     * by all {@value #AGENCIES} agencies, from a seed of its own so that a tenant is the same whatever
     * else is generated.
     */
    void tenant(String id, String name, int documents, long seed) throws SQLException {
        Random rnd = new Random(seed);
        c.setAutoCommit(false);
        written.clear();
        try (Rows tenants = rows("tenant", "id", "name", "name_en", "issuing_body", "time_zone", "loaded_at");
                Rows agencies = rows("agency", "id", "tenant_id", "code", "name", "kind");
                Rows groups = rows("agency_group", "id", "tenant_id", "code", "name", "members_known");
                Rows members = rows("agency_group_member", "id", "tenant_id", "group_id", "agency_id");
                Rows users = rows(
                        "user_account",
                        "id",
                        "tenant_id",
                        "username",
                        "display_name",
                        "password_hash",
                        "roles",
                        "agency_id")) {
            tenants.add(
                    id,
                    name,
                    null,
                    "ỦY BAN NHÂN DÂN " + name.toUpperCase(java.util.Locale.ROOT),
                    "Asia/Ho_Chi_Minh",
                    now);
            tenants.flush();
            Province p = new Province(id, rnd);
            for (Agency a : p.agencies) {
                agencies.add(a.id, id, a.code, a.name, a.kind);
            }
            agencies.flush();
            for (Map.Entry<String, List<Agency>> g : p.groups.entrySet()) {
                long groupId = next("agency_group");
                p.groupIds.put(g.getKey(), groupId);
                groups.add(groupId, id, g.getKey(), p.groupNames.get(g.getKey()), true);
                groups.flush();
                for (Agency a : g.getValue()) {
                    members.add(next("agency_group_member"), id, groupId, a.id);
                }
            }
            users.add(next("user_account"), id, "leader", "Lãnh đạo " + name, passwordHash, "LEADER", null);
            users.add(
                    next("user_account"),
                    id,
                    "secretariat",
                    "Chuyên viên Sở Tư pháp",
                    passwordHash,
                    "SECRETARIAT",
                    p.agencies.get(0).id);
            count(tenants, agencies, groups, members, users);
            c.commit();
            for (int d = 0; d < documents; d++) {
                document(p, d, documents, rnd);
                c.commit();
            }
            todaysCounts(id);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * What the product's ledger keeps beside the versions it writes (D-037): today's counts of the
     * open versions ({@code task_count}) and the latest moment written ({@code ledger_generation}),
     * filled from the versions written above by the same statements as migration V22.
     */
    private void todaysCounts(String tenant) throws SQLException {
        String completion = "CASE WHEN done_on IS NULL THEN 'OPEN' WHEN done_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END";
        String due = "CASE WHEN done_on IS NULL THEN due_on END";
        String insert = "INSERT INTO task_count (tenant_id, agency_id, document_id, kind, period_label, completion,"
                + " due_on, tasks) ";
        // One agency at a time: a grouping of the whole province's 600,000 open versions at once
        // needs an on-disk temporary table, which the shared server's /tmp has lost under us once.
        List<Long> agencies = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM agency WHERE tenant_id = ? ORDER BY id")) {
            st.setString(1, tenant);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    agencies.add(rs.getLong(1));
                }
            }
        }
        String lines = insert + "SELECT tenant_id, agency_id, document_id, kind, NULL, " + completion + ", " + due
                + ", COUNT(*) FROM task_version WHERE tenant_id = ? AND agency_id = ? AND valid_to IS NULL"
                + " GROUP BY tenant_id, agency_id, document_id, kind, " + completion + ", " + due;
        String track = insert + "SELECT tenant_id, agency_id, NULL, kind, period_label, " + completion + ", " + due
                + ", COUNT(*) FROM task_version WHERE tenant_id = ? AND agency_id = ? AND valid_to IS NULL"
                + " AND kind = 'REPORT' GROUP BY tenant_id, agency_id, period_label, " + completion + ", " + due;
        for (String sql : List.of(lines, track)) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (long agency : agencies) {
                    st.setString(1, tenant);
                    st.setLong(2, agency);
                    st.executeUpdate();
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO ledger_generation (tenant_id, id, generation,"
                + " latest_at) SELECT ?, 1, 1, GREATEST(MAX(valid_from), COALESCE(MAX(valid_to), MAX(valid_from)))"
                + " FROM task_version WHERE tenant_id = ? ON DUPLICATE KEY UPDATE latest_at = VALUES(latest_at)")) {
            st.setString(1, tenant);
            st.setString(2, tenant);
            st.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- one document

    private void document(Province p, int index, int documents, Random rnd) throws SQLException {
        String t = p.tenant;
        // Issued in the first half-year of the three: every agency reports on each for about three years.
        LocalDate first = today.minusYears(3).plusDays(15);
        LocalDate issued = first.plusDays((long) index * 180 / Math.max(1, documents) + rnd.nextInt(5));
        Instant imported = at(calendar.plus(issued, 2), rnd);
        LocalDate planDue = calendar.plus(issued.plusDays(30), 0);
        long documentId = next("document");
        Agency focal = p.agencies.get(0);
        try (Rows docs = rows(
                        "document",
                        "id",
                        "tenant_id",
                        "type",
                        "number",
                        "issuer",
                        "place",
                        "issued_on",
                        "signer",
                        "title",
                        "agency_plan_due_on",
                        "agency_plan_text",
                        "reporting_frequencies",
                        "reporting_text",
                        "focal_agency_id",
                        "focal_agency_text",
                        "source_format",
                        "source_sha256",
                        "imported_at",
                        "imported_by");
                Rows items = rows(
                        "item",
                        "id",
                        "tenant_id",
                        "document_id",
                        "code",
                        "label",
                        "position",
                        "text",
                        "schedule_kind",
                        "deadline",
                        "schedule_text");
                Rows responsibilities = rows(
                        "responsibility",
                        "id",
                        "tenant_id",
                        "item_id",
                        "position",
                        "role",
                        "text",
                        "agency_id",
                        "group_id");
                Rows assignments = rows(
                        "assignment",
                        "id",
                        "tenant_id",
                        "item_id",
                        "agency_id",
                        "role",
                        "via_group_id",
                        "responsibility_id");
                Rows obligations = rows(
                        "obligation",
                        "id",
                        "tenant_id",
                        "document_id",
                        "agency_id",
                        "kind",
                        "period_label",
                        "period_from",
                        "period_to",
                        "due_on",
                        "original_due_on",
                        "extended_due_on",
                        "status",
                        "submitted_at",
                        "received_at");
                Rows reports = rows(
                        "report",
                        "id",
                        "tenant_id",
                        "obligation_id",
                        "number",
                        "status",
                        "summary",
                        "created_at",
                        "updated_at",
                        "submitted_at");
                Rows steps = rows(
                        "report_step",
                        "id",
                        "tenant_id",
                        "obligation_id",
                        "report_number",
                        "action",
                        "status",
                        "actor",
                        "at");
                Rows entries = rows(
                        "report_entry",
                        "id",
                        "tenant_id",
                        "report_id",
                        "position",
                        "item_id",
                        "narrative",
                        "completed",
                        "completed_on");
                Rows extensions = rows(
                        "extension",
                        "id",
                        "tenant_id",
                        "agency_id",
                        "obligation_id",
                        "item_id",
                        "status",
                        "due_on_before",
                        "requested_due_on",
                        "reason",
                        "requested_by",
                        "requested_at",
                        "granted_due_on",
                        "decided_by",
                        "decided_at");
                Rows deadlines = rows("agency_deadline", "id", "tenant_id", "item_id", "agency_id", "extended_due_on");
                Rows versions = rows(
                        "task_version",
                        "id",
                        "tenant_id",
                        "kind",
                        "subject_id",
                        "document_id",
                        "agency_id",
                        "period_label",
                        "due_on",
                        "original_due_on",
                        "done_on",
                        "valid_from",
                        "valid_to")) {
            reports.after(obligations);
            steps.after(obligations);
            entries.after(reports, items);
            extensions.after(obligations, items);
            deadlines.after(items);
            assignments.after(responsibilities);
            int number = 100 + index;
            docs.add(
                    documentId,
                    t,
                    "KH",
                    number + "/KH-UBND",
                    "Ủy ban nhân dân tỉnh",
                    "Tỉnh lỵ",
                    issued,
                    "Phó Chủ tịch",
                    "Kế hoạch thực hiện nhiệm vụ số " + number + " (dữ liệu thử nghiệm)",
                    planDue,
                    "Các cơ quan xây dựng kế hoạch thực hiện trong 30 ngày",
                    "ANNUAL,MONTHLY",
                    "Báo cáo định kỳ hằng tháng và hằng năm về Sở Tư pháp",
                    focal.id,
                    focal.name,
                    "DOCX",
                    String.format("%064x", documentId),
                    imported,
                    "secretariat");
            docs.flush();

            // Obligations and reports, agency by agency; the accepted monthly reports are kept to carry
            // the item completions.
            Map<Long, TreeMap<LocalDate, Accepted>> acceptedMonthly = new HashMap<>();
            for (Agency a : p.agencies) {
                TreeMap<LocalDate, Accepted> accepted = new TreeMap<>();
                acceptedMonthly.put(a.id, accepted);
                List<Period> periods = new ArrayList<>();
                periods.add(
                        new Period(null, null, imported.atZone(ZoneOffset.UTC).toLocalDate(), planDue, false));
                periods.addAll(periods(12, issued));
                periods.addAll(periods(1, issued));
                for (Period period : periods) {
                    obligation(
                            p,
                            a,
                            documentId,
                            imported,
                            period,
                            rnd,
                            obligations,
                            reports,
                            steps,
                            extensions,
                            versions,
                            accepted);
                }
            }
            obligations.flush();
            reports.flush();

            // Items, their responsibilities and assignments, and the dated items' tasks.
            Map<Long, Integer> entryPositions = new HashMap<>();
            for (int i = 1; i <= ITEMS_PER_DOCUMENT; i++) {
                long itemId = next("item");
                boolean dated = rnd.nextDouble() < 0.6;
                LocalDate deadline = dated ? issued.plusDays(45 + rnd.nextInt(1000)) : null;
                items.add(
                        itemId,
                        t,
                        documentId,
                        String.valueOf(i),
                        i + ".",
                        i,
                        "Nhiệm vụ " + i + " của kế hoạch " + number + ": triển khai, kiểm tra và báo cáo kết quả",
                        dated ? "DEADLINE" : "RECURRING",
                        deadline,
                        dated ? "Trước ngày " + deadline : "Thường xuyên");
                items.flush();
                List<Agency> leads = new ArrayList<>();
                List<Agency> coordinators = new ArrayList<>();
                List<Long[]> leadVia = new ArrayList<>();
                int position = 0;
                if (rnd.nextDouble() < 0.25) {
                    long r = next("responsibility");
                    long g = p.groupIds.get("ubnd-cac-xa");
                    responsibilities.add(r, t, itemId, ++position, "LEAD", "UBND các xã, phường", null, g);
                    for (Agency a : p.groups.get("ubnd-cac-xa")) {
                        leads.add(a);
                        leadVia.add(new Long[] {g, r});
                    }
                    Agency coordinator = p.departments.get(rnd.nextInt(p.departments.size()));
                    long rc = next("responsibility");
                    responsibilities.add(
                            rc, t, itemId, ++position, "COORDINATOR", coordinator.name, coordinator.id, null);
                    coordinators.add(coordinator);
                    for (int k = 0; k < leads.size(); k++) {
                        assignments.add(
                                next("assignment"),
                                t,
                                itemId,
                                leads.get(k).id,
                                "LEAD",
                                leadVia.get(k)[0],
                                leadVia.get(k)[1]);
                    }
                    assignments.add(next("assignment"), t, itemId, coordinator.id, "COORDINATOR", null, rc);
                } else {
                    Agency lead = p.departments.get(rnd.nextInt(p.departments.size()));
                    long r = next("responsibility");
                    responsibilities.add(r, t, itemId, ++position, "LEAD", lead.name, lead.id, null);
                    leads.add(lead);
                    assignments.add(next("assignment"), t, itemId, lead.id, "LEAD", null, r);
                    List<String> coordinating = new ArrayList<>(List.of("cac-so-ban-nganh"));
                    if (rnd.nextDouble() < 0.25) {
                        coordinating.add("ubnd-cac-xa");
                    }
                    for (String group : coordinating) {
                        long g = p.groupIds.get(group);
                        long rc = next("responsibility");
                        responsibilities.add(
                                rc, t, itemId, ++position, "COORDINATOR", p.groupNames.get(group), null, g);
                        for (Agency a : p.groups.get(group)) {
                            if (a != lead) {
                                assignments.add(next("assignment"), t, itemId, a.id, "COORDINATOR", g, rc);
                            }
                        }
                    }
                }
                if (!dated) {
                    continue;
                }
                responsibilities.flush();
                assignments.flush();
                for (Agency a : leads) {
                    itemTask(
                            p,
                            a,
                            documentId,
                            itemId,
                            deadline,
                            issued,
                            imported,
                            rnd,
                            acceptedMonthly.get(a.id),
                            entryPositions,
                            entries,
                            extensions,
                            deadlines,
                            versions);
                }
            }
            count(
                    docs,
                    items,
                    responsibilities,
                    assignments,
                    obligations,
                    reports,
                    steps,
                    entries,
                    extensions,
                    deadlines,
                    versions);
        }
    }

    /** Rows held back until the row they refer to is written. */
    private static final class Held {
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Rows> tables = new ArrayList<>();

        void add(Rows table, Object... values) {
            tables.add(table);
            rows.add(values);
        }

        void write() throws SQLException {
            for (int i = 0; i < rows.size(); i++) {
                tables.get(i).add(rows.get(i));
            }
        }
    }

    /** A report that was accepted: where an item's completion can be reported. */
    private record Accepted(long reportId, Instant acceptedAt) {}

    /** A period a document asks a report for; the agency's plan has no label. */
    private record Period(String label, LocalDate from, LocalDate cutOff, LocalDate dueOn, boolean periodic) {}

    /**
     * The periods of {@code perYear} reports a year whose cut-off (the 14th of the period's last month)
     * falls from the issue to a month from today: the plan owes the report of the period it was issued
     * in, and the current period's obligation exists before it is due.
     */
    private List<Period> periods(int perYear, LocalDate issued) {
        int months = 12 / perYear;
        YearMonth month = YearMonth.from(issued);
        if (issued.getDayOfMonth() > CUT_OFF_DAY) {
            month = month.plusMonths(1);
        }
        int year = month.getYear();
        int number = (month.getMonthValue() - 1) / months + 1;
        List<Period> periods = new ArrayList<>();
        LocalDate horizon = today.plusMonths(1);
        while (true) {
            LocalDate cutOff = LocalDate.of(year, number * months, CUT_OFF_DAY);
            if (cutOff.isAfter(horizon)) {
                return periods;
            }
            String label = perYear == 12 ? String.format("%d-M%02d", year, number) : year + "-Y";
            LocalDate from = cutOff.minusMonths(months).plusDays(1);
            periods.add(new Period(label, from, cutOff, calendar.plus(cutOff, SENDING_WORKING_DAYS), true));
            if (number < perYear) {
                number++;
            } else {
                year++;
                number = 1;
            }
        }
    }

    // ---------------------------------------------------------------- an obligation and its report

    private void obligation(
            Province p,
            Agency a,
            long documentId,
            Instant imported,
            Period period,
            Random rnd,
            Rows obligations,
            Rows reports,
            Rows steps,
            Rows extensions,
            Rows versions,
            TreeMap<LocalDate, Accepted> accepted)
            throws SQLException {
        String t = p.tenant;
        long id = next("obligation");
        // The obligation's row goes first: its report, steps and extension refer to it.
        Held held = new Held();
        LocalDate original = period.dueOn;
        LocalDate due = original;
        LocalDate extended = null;
        // Known from the import, or from the day its period began (the nightly run adds them then).
        Instant known = period.from == null
                ? imported
                : later(imported, period.from.atStartOfDay().toInstant(ZoneOffset.UTC));
        Ledger ledger = new Ledger(period.periodic ? "REPORT" : "DELIVERABLE", id, a.id, documentId, period.label);
        ledger.add(known, original, original, null);

        // Outcome: on time, late or missing, by the agency's diligence.
        double u = rnd.nextDouble();
        LocalDate submitDay;
        if (u < a.diligence) {
            int before = geometric(rnd, 0.45);
            submitDay = period.dueOn.minusDays(before);
            if (!submitDay.isAfter(period.cutOff)) {
                submitDay = period.cutOff.plusDays(1);
            }
        } else if (u < a.diligence + (1 - a.diligence) * 0.75) {
            submitDay = period.dueOn.plusDays(1 + Math.min(150, (long) (-Math.log(1 - rnd.nextDouble()) * 8)));
        } else {
            submitDay = null;
        }
        // Extensions: asked by some who will be late or never send, before the deadline.
        boolean late = submitDay == null || submitDay.isAfter(original);
        if (late && !original.isAfter(today) && rnd.nextDouble() < 0.04) {
            Instant asked = at(original.minusDays(2), rnd);
            Instant decided = asked.plus(Duration.ofHours(20 + rnd.nextInt(30)));
            LocalDate wanted = original.plusDays(7 + rnd.nextInt(15));
            boolean approved = rnd.nextDouble() < 0.75 && decided.isBefore(now);
            held.add(
                    extensions,
                    next("extension"),
                    t,
                    a.id,
                    id,
                    null,
                    approved ? "APPROVED" : "REFUSED",
                    original,
                    wanted,
                    "Cần thêm thời gian tổng hợp số liệu từ cơ sở",
                    a.officer(),
                    asked,
                    approved ? wanted : null,
                    "secretariat",
                    decided);
            if (approved) {
                due = wanted;
                extended = wanted;
                ledger.add(decided, due, original, null);
            }
        }
        String status = "PENDING";
        Instant submittedAt = null;
        Instant receivedAt = null;
        if (submitDay != null && submitDay.isBefore(today)) {
            long reportId = next("report");
            long number = 1;
            Instant submitted = at(submitDay, rnd);
            Instant drafted = submitted.minus(Duration.ofHours(1 + rnd.nextInt(72)));
            List<Object[]> walk = new ArrayList<>();
            walk.add(new Object[] {"DRAFTED", "DRAFT", a.officer(), drafted});
            walk.add(new Object[] {"SUBMITTED", "SUBMITTED", a.officer(), submitted});
            Instant approvedAt = submitted.plus(Duration.ofMinutes(30 + rnd.nextInt(20 * 60)));
            walk.add(new Object[] {"APPROVED", "APPROVED", a.head(), approvedAt});
            Instant first = submitted;
            Instant returned = null;
            if (rnd.nextDouble() < 0.06) {
                returned = approvedAt.plus(Duration.ofHours(24 + rnd.nextInt(48)));
                walk.add(new Object[] {"RETURNED", "RETURNED", "secretariat", returned});
                submitted = returned.plus(Duration.ofHours(24 + rnd.nextInt(72)));
                walk.add(new Object[] {"SUBMITTED", "SUBMITTED", a.officer(), submitted});
                approvedAt = submitted.plus(Duration.ofMinutes(30 + rnd.nextInt(20 * 60)));
                walk.add(new Object[] {"APPROVED", "APPROVED", a.head(), approvedAt});
            }
            Instant acceptedAt = approvedAt.plus(Duration.ofHours(24 + rnd.nextInt(4 * 24)));
            walk.add(new Object[] {"ACCEPTED", "ACCEPTED", "secretariat", acceptedAt});
            Instant created = drafted;
            Instant updated = drafted;
            Instant lastSubmitted = null;
            for (Object[] step : walk) {
                Instant when = (Instant) step[3];
                if (!when.isBefore(now)) {
                    break;
                }
                held.add(steps, next("report_step"), t, id, number, step[0], step[1], step[2], when);
                status = (String) step[1];
                updated = when;
                if ("SUBMITTED".equals(step[0])) {
                    lastSubmitted = when;
                }
            }
            submittedAt = lastSubmitted;
            // As Obligation.follow: received at the submission that put it with the reviewers; a
            // return of the first version takes the receipt back.
            if (lastSubmitted != null) {
                ledger.add(first, due, original, day(first));
                if (returned != null && returned.isBefore(now)) {
                    ledger.add(returned, due, original, null);
                    if (submitted.isBefore(now)) {
                        ledger.add(submitted, due, original, day(submitted));
                    }
                }
            }
            if (List.of("SUBMITTED", "APPROVED", "ACCEPTED").contains(status)) {
                receivedAt = lastSubmitted;
            }
            held.add(
                    reports,
                    reportId,
                    t,
                    id,
                    number,
                    status,
                    "Báo cáo kết quả thực hiện",
                    created,
                    updated,
                    submittedAt);
            if ("ACCEPTED".equals(status) && period.label != null && period.label.contains("-M")) {
                accepted.put(period.cutOff, new Accepted(reportId, acceptedAt));
            }
        } else if (submitDay == null && original.isBefore(today) && rnd.nextDouble() < 0.3) {
            // A draft never sent.
            long reportId = next("report");
            Instant drafted = at(original.minusDays(1), rnd);
            held.add(steps, next("report_step"), t, id, 1, "DRAFTED", "DRAFT", a.officer(), drafted);
            held.add(reports, reportId, t, id, 1, "DRAFT", "Báo cáo đang soạn", drafted, drafted, null);
            status = "DRAFT";
        }
        obligations.add(
                id,
                t,
                documentId,
                a.id,
                period.periodic ? "PERIODIC" : "DELIVERABLE",
                period.label,
                period.from,
                period.periodic ? period.cutOff : null,
                due,
                original,
                extended,
                status,
                submittedAt,
                receivedAt);
        held.write();
        ledger.write(t, versions);
    }

    // ---------------------------------------------------------------- an agency's dated item

    private void itemTask(
            Province p,
            Agency a,
            long documentId,
            long itemId,
            LocalDate deadline,
            LocalDate issued,
            Instant imported,
            Random rnd,
            TreeMap<LocalDate, Accepted> accepted,
            Map<Long, Integer> entryPositions,
            Rows entries,
            Rows extensions,
            Rows deadlines,
            Rows versions)
            throws SQLException {
        String t = p.tenant;
        Ledger ledger = new Ledger("ITEM", itemId, a.id, documentId, null);
        ledger.add(imported, deadline, deadline, null);
        LocalDate due = deadline;
        Instant grantedAt = null;
        if (!deadline.isAfter(today.plusDays(60)) && rnd.nextDouble() < 0.015) {
            Instant asked = later(imported, at(deadline.minusDays(5), rnd));
            Instant decided = asked.plus(Duration.ofHours(20 + rnd.nextInt(30)));
            LocalDate wanted = deadline.plusDays(15 + rnd.nextInt(46));
            boolean approved = rnd.nextDouble() < 0.8 && decided.isBefore(now);
            if (asked.isBefore(now)) {
                extensions.add(
                        next("extension"),
                        t,
                        a.id,
                        null,
                        itemId,
                        approved ? "APPROVED" : "REFUSED",
                        deadline,
                        wanted,
                        "Chờ ý kiến của cơ quan trung ương",
                        a.officer(),
                        asked,
                        approved ? wanted : null,
                        "secretariat",
                        decided);
                if (approved) {
                    due = wanted;
                    grantedAt = decided;
                    deadlines.add(next("agency_deadline"), t, itemId, a.id, wanted);
                }
            }
        }
        LocalDate completedOn = null;
        if (!deadline.isAfter(today)) {
            if (rnd.nextDouble() < 0.82) {
                completedOn = rnd.nextDouble() < 0.75
                        ? deadline.minusDays(rnd.nextInt(60))
                        : deadline.plusDays(1 + Math.min(180, (long) (-Math.log(1 - rnd.nextDouble()) * 30)));
            }
        } else if (rnd.nextDouble() < 0.2) {
            completedOn =
                    issued.plusDays(10 + rnd.nextInt((int) Math.max(1, today.toEpochDay() - issued.toEpochDay())));
        }
        if (completedOn != null && completedOn.isBefore(issued.plusDays(1))) {
            completedOn = issued.plusDays(1);
        }
        Instant doneAt = null;
        if (completedOn != null) {
            // Reported in the first accepted monthly report whose period ends on or after the day.
            Map.Entry<LocalDate, Accepted> in = accepted.ceilingEntry(completedOn);
            if (in != null) {
                Accepted report = in.getValue();
                int position = entryPositions.merge(report.reportId, 1, Integer::sum);
                entries.add(
                        next("report_entry"), t, report.reportId, position, itemId, "Đã hoàn thành", true, completedOn);
                doneAt = report.acceptedAt;
            }
        }
        // The two changes in the order they happened: the extension's approval and the acceptance of
        // the report that gave the completion.
        if (grantedAt != null && (doneAt == null || grantedAt.isBefore(doneAt))) {
            ledger.add(grantedAt, due, deadline, null);
            if (doneAt != null) {
                ledger.add(doneAt, due, deadline, completedOn);
            }
        } else if (doneAt != null) {
            ledger.add(doneAt, deadline, deadline, completedOn);
            if (grantedAt != null) {
                ledger.add(grantedAt, due, deadline, completedOn);
            }
        }
        ledger.write(t, versions);
    }

    // ---------------------------------------------------------------- the ledger of one task

    /**
     * One task's versions, in the order its facts changed: each change closes the open version and
     * opens the next at the change's moment; a change that leaves the facts as they were writes
     * nothing, as control.Ledger does.
     */
    private final class Ledger {
        final String kind;
        final long subject;
        final long agency;
        final long document;
        final String period;
        final List<Object[]> changes = new ArrayList<>();

        Ledger(String kind, long subject, long agency, long document, String period) {
            this.kind = kind;
            this.subject = subject;
            this.agency = agency;
            this.document = document;
            this.period = period;
        }

        void add(Instant at, LocalDate due, LocalDate original, LocalDate done) {
            if (!at.isBefore(now)) {
                return;
            }
            if (!changes.isEmpty()) {
                Object[] last = changes.get(changes.size() - 1);
                if (Objects.equals(last[1], due)
                        && Objects.equals(last[2], original)
                        && Objects.equals(last[3], done)) {
                    return;
                }
                if (!at.isAfter((Instant) last[0])) {
                    at = ((Instant) last[0]).plusMillis(1);
                }
            }
            changes.add(new Object[] {at, due, original, done});
        }

        void write(String tenant, Rows versions) throws SQLException {
            for (int i = 0; i < changes.size(); i++) {
                Object[] v = changes.get(i);
                Instant to = i + 1 < changes.size() ? (Instant) changes.get(i + 1)[0] : null;
                versions.add(versionId(), tenant, kind, subject, document, agency, period, v[1], v[2], v[3], v[0], to);
            }
        }
    }

    // ---------------------------------------------------------------- ids

    /** The next id of a table: assigned here, past whatever the table held when the generator started. */
    private long next(String table) throws SQLException {
        Long id = nextIds.get(table);
        if (id == null) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                r.next();
                id = r.getLong(1);
            }
        }
        nextIds.put(table, id + 1);
        return id;
    }

    /**
     * The ledger's ids come from the product's own table generator ({@code id_block}): a block of
     * 100,000 is taken at once, as EclipseLink takes its blocks of 1,000, so that the product and the
     * generator never hand out the same id.
     */
    private long versionId() throws SQLException {
        if (versionIdsLeft == 0) {
            int block = 100_000;
            try (PreparedStatement read = c.prepareStatement(
                            "SELECT next_value FROM id_block WHERE name = 'task_version' FOR UPDATE");
                    PreparedStatement move = c.prepareStatement(
                            "UPDATE id_block SET next_value = next_value + ? WHERE name = 'task_version'")) {
                ResultSet r = read.executeQuery();
                r.next();
                nextVersionId = r.getLong(1) + 1;
                move.setInt(1, block);
                move.executeUpdate();
            }
            versionIdsLeft = block;
        }
        versionIdsLeft--;
        return nextVersionId++;
    }

    // ---------------------------------------------------------------- helpers

    private Rows rows(String table, String... columns) throws SQLException {
        return new Rows(c, table, columns);
    }

    private void count(Rows... tables) throws SQLException {
        for (Rows r : tables) {
            r.flush();
            written.merge(r.table(), r.written(), Long::sum);
        }
    }

    /** A moment in Vietnamese office hours (08:00 to 17:00 at UTC+7) of the day: the same day in UTC. */
    private static Instant at(LocalDate day, Random rnd) {
        return day.atTime(1, 0).toInstant(ZoneOffset.UTC).plusSeconds(rnd.nextInt(9 * 3600));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static int geometric(Random rnd, double p) {
        int k = 0;
        while (rnd.nextDouble() >= p && k < 10) {
            k++;
        }
        return k;
    }

    /** The product's password format (Jakarta Security's Pbkdf2PasswordHash): algorithm:iterations:salt:hash. */
    private static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 210_000;
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 32 * 8);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec)
                    .getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":"
                    + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- the province's agencies

    /** One agency, with how diligently it reports (the chance a report is on time). */
    private static final class Agency {
        final long id;
        final String code;
        final String name;
        final String kind;
        final double diligence;

        Agency(long id, String code, String name, String kind, double diligence) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.diligence = diligence;
        }

        String officer() {
            return "can-bo." + code;
        }

        String head() {
            return "lanh-dao." + code;
        }
    }

    /**
     * A province after 1/7/2025: 20 departments (the first is the focal Sở Tư pháp), 15 provincial
     * bodies, 10 central bodies in the province, 5 party bodies, 10 mass organisations and 190 communes
     * and wards; four groups. 70 % of agencies report diligently (on time with a chance of 88–98 %),
     * 25 % fairly (70–88 %), 5 % poorly (40–70 %).
     */
    private final class Province {
        final String tenant;
        final List<Agency> agencies = new ArrayList<>();
        final List<Agency> departments = new ArrayList<>();
        final Map<String, List<Agency>> groups = new LinkedHashMap<>();
        final Map<String, String> groupNames = new HashMap<>();
        final Map<String, Long> groupIds = new HashMap<>();

        Province(String tenant, Random rnd) throws SQLException {
            this.tenant = tenant;
            group("cac-so-ban-nganh", "Các sở, ban, ngành tỉnh");
            group("ubnd-cac-xa", "UBND các xã, phường");
            group("khoi-trung-uong", "Các cơ quan trung ương trên địa bàn");
            group("mat-tran-doan-the", "Mặt trận Tổ quốc và các đoàn thể");
            add(rnd, "so-tu-phap", "Sở Tư pháp", "DEPARTMENT", "cac-so-ban-nganh");
            for (int i = 2; i <= 20; i++) {
                add(rnd, String.format("so-%02d", i), "Sở số " + i, "DEPARTMENT", "cac-so-ban-nganh");
            }
            for (int i = 1; i <= 15; i++) {
                add(
                        rnd,
                        String.format("ban-%02d", i),
                        "Ban, ngành tỉnh số " + i,
                        "PROVINCIAL_BODY",
                        "cac-so-ban-nganh");
            }
            for (int i = 1; i <= 10; i++) {
                add(rnd, String.format("tw-%02d", i), "Cơ quan trung ương số " + i, "CENTRAL_BODY", "khoi-trung-uong");
            }
            for (int i = 1; i <= 5; i++) {
                add(rnd, String.format("dang-%02d", i), "Ban Đảng số " + i, "PARTY_BODY", "mat-tran-doan-the");
            }
            for (int i = 1; i <= 10; i++) {
                add(
                        rnd,
                        String.format("doan-the-%02d", i),
                        "Đoàn thể số " + i,
                        "MASS_ORGANISATION",
                        "mat-tran-doan-the");
            }
            for (int i = 1; i <= 190; i++) {
                add(rnd, String.format("xa-%03d", i), "UBND xã số " + i, "DISTRICT", "ubnd-cac-xa");
            }
            departments.addAll(groups.get("cac-so-ban-nganh"));
        }

        private void group(String code, String name) {
            groups.put(code, new ArrayList<>());
            groupNames.put(code, name);
        }

        private void add(Random rnd, String code, String name, String kind, String group) throws SQLException {
            double u = rnd.nextDouble();
            double diligence = u < 0.70
                    ? 0.88 + rnd.nextDouble() * 0.10
                    : u < 0.95 ? 0.70 + rnd.nextDouble() * 0.18 : 0.40 + rnd.nextDouble() * 0.30;
            Agency a = new Agency(next("agency"), code, name, kind, diligence);
            agencies.add(a);
            groups.get(group).add(a);
        }
    }
}
