package vn.dondoc.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.audit.boundary.AuditLogByHand;
import vn.dondoc.audit.control.AuditChain;
import vn.dondoc.audit.control.ChainReport;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.audit.entity.Outcome;
import vn.dondoc.backup.Manifest;
import vn.dondoc.backup.Refusal;
import vn.dondoc.backup.TenantExport;
import vn.dondoc.backup.TenantImport;
import vn.dondoc.backup.TenantRows;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.explanations.boundary.ExplanationRequestView;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.scorecards.boundary.ScorecardView;
import vn.dondoc.scorecards.boundary.ScorecardsByHand;
import vn.dondoc.scorecards.boundary.TaskLedger;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.TestDatabase;

/**
 * One province's tenant, lived for a fortnight through the real boundaries (Kế hoạch 204 imported,
 * obligations, reminders and their notices, a report with a figure and a PDF, an extension granted,
 * a request for explanation answered, the scorecard's ledger, audit records), exported, then
 * imported (a) under a new tenant id beside it and (b) into a fresh, empty database: the rows of
 * every tenant-owned table, the attachment's bytes and the scorecards today and in the past are the
 * same. In the package of {@link KeHoach204Story}, which builds the tenant.
 */
class TenantBackupRoundTripTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final String A = "so-tu-phap";
    private static final String B = "so-tai-chinh";
    private static final String C = "so-noi-vu";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
    private static final LocalDate PAST = LocalDate.of(2024, 6, 12);

    private static KeHoach204Story story;
    private static Path work;
    private static Path archive;
    private static Manifest manifest;

    @BeforeAll
    static void aProvinceLivesAFortnightAndIsExported() throws Exception {
        LocalDate start = LocalDate.of(2024, 6, 8);
        story = new KeHoach204Story(jpa, start, A, B, C);
        jpa.inTenant(
                story.tenant, em -> new TaskLedger(em, story.clock).record(TasksChanged.document(story.documentId)));
        story.reportsDueBeforeAccepted(start);
        long a = story.obligation(A, "2024-H1");
        long b = story.obligation(B, "2024-H1");
        long c = story.obligation(C, "2024-H1");
        long item = story.itemHeldByAll(A, B);
        story.daysPassUntil(PAST);

        ExtensionRequest more = new ExtensionRequest();
        more.requestedDueOn = LocalDate.of(2024, 7, 5);
        more.reason = "Chờ số liệu quyết toán kinh phí của các huyện";
        story.extensions(B, e -> e.request(b, more));
        ExtensionDecision granted = new ExtensionDecision();
        granted.dueOn = LocalDate.of(2024, 7, 1);
        story.extensions(KeHoach204Story.SECRETARIAT, e -> e.approve(b, granted));

        story.daysPassUntil(LocalDate.of(2024, 6, 17));
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo kết quả 6 tháng đầu năm 2024";
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = item;
        entry.narrative = "Tổ chức 12 hội nghị tuyên truyền";
        entry.completed = true;
        entry.completedOn = LocalDate.of(2024, 6, 14);
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = "Tỷ lệ hồ sơ đúng hạn";
        figure.numerator = new BigDecimal("118.125");
        figure.denominator = new BigDecimal("120");
        figure.unit = "hồ sơ";
        entry.figures.add(figure);
        input.entries.add(entry);
        story.reports(A, r -> r.save(a, input, null));
        story.reports(A, r -> r.attach(a, "Báo cáo 6 tháng.pdf", new ByteArrayInputStream(PDF), null, null));
        story.reports(A, r -> r.submit(a, null, null));
        story.reports(A + ".head", r -> r.approve(a, null));
        story.reports(KeHoach204Story.SECRETARIAT, r -> r.accept(a, null));

        story.daysPassUntil(LocalDate.of(2024, 6, 27));
        ExplanationRequestInput ask = new ExplanationRequestInput();
        ask.agencyCode = C;
        ask.obligationId = c;
        ask.question = "Đề nghị Sở Nội vụ giải trình lý do chưa gửi báo cáo";
        ask.answerBy = LocalDate.of(2024, 7, 3);
        ExplanationRequestView asked = story.explanations(KeHoach204Story.LEADER, r -> r.ask(ask));
        story.clock.at(LocalDate.of(2024, 6, 27), LocalTime.of(15, 30));
        AnswerInput answer = new AnswerInput();
        answer.text = "Do chưa tổng hợp được số liệu của cấp huyện";
        story.explanations(C, r -> r.answer(asked.id(), answer));
        jpa.inTenant(story.tenant, em -> {
            // The container's audit interceptor is not in play here: two records as it writes them,
            // each taking its place in the tenant's hash chain (D-042).
            AuditChain chain = new AuditChain(em);
            chain.append(new AuditRecord(
                    Instant.parse("2024-06-17T03:00:00.123456Z"),
                    "so-tu-phap",
                    "AGENCY_OFFICER",
                    "Reports.submit",
                    String.valueOf(a),
                    Outcome.SUCCESS,
                    null));
            chain.append(new AuditRecord(
                    Instant.parse("2024-06-27T08:30:00.000001Z"),
                    "so-noi-vu",
                    "AGENCY_OFFICER",
                    "ExplanationRequests.answer",
                    String.valueOf(asked.id()),
                    Outcome.SUCCESS,
                    "Trả lời muộn? Không."));
        });

        work = Files.createDirectories(Path.of("target", "backup-round-trip")).toAbsolutePath();
        archive = work.resolve(story.tenant + ".zip");
        try (Connection jdbc = jpa.jdbc()) {
            manifest = new TenantExport(jdbc).export(story.tenant, archive);
        }
    }

    @AfterAll
    static void removeTheArchives() throws IOException {
        if (work != null) {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(work);
        }
    }

    @Test
    void theArchiveCarriesTheTenantsRowsWithTheirHashes() {
        Map<String, Long> rows = new LinkedHashMap<>();
        manifest.tables().forEach(t -> rows.put(t.name(), t.rows()));
        assertThat(manifest.tables().get(0).name()).isEqualTo("tenant");
        assertThat(rows)
                .containsEntry("tenant", 1L)
                .containsEntry("attachment_content", 1L)
                .containsEntry("report_attachment", 1L)
                .containsEntry("extension", 1L)
                .containsEntry("explanation_request", 1L)
                .containsEntry("audit_record", 2L);
        assertThat(rows.get("notice")).isPositive();
        assertThat(rows.get("task_version")).isPositive();
        assertThat(rows.get("report_figure")).isEqualTo(1L);
        assertThat(manifest.sha256())
                .containsKey("tables/tenant.json")
                .hasSize(manifest.tables().size() + 1);
        assertThat(manifest.sha256().keySet()).anyMatch(f -> f.startsWith("attachments/attachment_content/content/"));
    }

    @Test
    void underANewTenantIdBesideItEveryRowTheScorecardsAndTheFileAreTheSame() throws Exception {
        String copy = story.tenant + "-copy";
        TenantImport.Result result;
        try (Connection jdbc = jpa.jdbc()) {
            result = new TenantImport(jdbc).importArchive(archive, copy);
        }
        assertThat(result.idsKept()).as("the original's ids are taken").isFalse();
        try (Connection jdbc = jpa.jdbc()) {
            Map<String, List<String>> original = TenantRows.of(jdbc, story.tenant);
            Map<String, List<String>> imported = TenantRows.of(jdbc, copy);
            assertThat(imported.keySet()).isEqualTo(original.keySet());
            original.forEach(
                    (table, rows) -> assertThat(imported.get(table)).as(table).isEqualTo(rows));
            assertThat(noIdShared(jdbc, story.tenant, copy, "obligation")).isTrue();
            assertThat(noIdShared(jdbc, story.tenant, copy, "task_version")).isTrue();
            assertThat(attachmentBytes(jdbc, copy)).isEqualTo(PDF);
            assertThat(nextTaskVersionBlock(jdbc)).isGreaterThanOrEqualTo(maxId(jdbc, "task_version"));
        }
        assertThat(scorecards(jpa.emf(), copy)).isEqualTo(scorecards(jpa.emf(), story.tenant));
        assertThat(auditVerification(jpa.emf(), copy))
                .as("the copy's audit chain verifies and ends at the original's head")
                .isEqualTo(auditVerification(jpa.emf(), story.tenant));
    }

    @Test
    void intoAFreshEmptyDatabaseEveryRowKeepsItsIdAndTheScorecardsAreTheSame() throws Exception {
        TestDatabase fresh = TestDatabase.start(work);
        EntityManagerFactory emf = null;
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(fresh.url(), fresh.user(), fresh.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            TenantImport.Result result;
            try (Connection target = fresh.connect()) {
                result = new TenantImport(target).importArchive(archive, null);
            }
            assertThat(result.tenant()).isEqualTo(story.tenant);
            assertThat(result.idsKept()).isTrue();
            try (Connection source = jpa.jdbc();
                    Connection target = fresh.connect()) {
                Map<String, List<String>> original = TenantRows.of(source, story.tenant);
                Map<String, List<String>> restored = TenantRows.of(target, story.tenant);
                original.forEach((table, rows) ->
                        assertThat(restored.get(table)).as(table).isEqualTo(rows));
                assertThat(ids(target, story.tenant, "obligation")).isEqualTo(ids(source, story.tenant, "obligation"));
                assertThat(ids(target, story.tenant, "task_version"))
                        .isEqualTo(ids(source, story.tenant, "task_version"));
                assertThat(attachmentBytes(target, story.tenant)).isEqualTo(PDF);
                assertThat(nextTaskVersionBlock(target)).isGreaterThanOrEqualTo(maxId(target, "task_version"));
            }
            emf = restoredUnit(fresh);
            assertThat(scorecards(emf, story.tenant)).isEqualTo(scorecards(jpa.emf(), story.tenant));
            assertThat(auditVerification(emf, story.tenant)).isEqualTo(auditVerification(jpa.emf(), story.tenant));
        } finally {
            if (emf != null) {
                emf.close();
            }
            fresh.stop();
        }
    }

    @Test
    void aTenantIdAlreadyInTheDatabaseIsRefusedAndNothingIsWritten() throws Exception {
        try (Connection jdbc = jpa.jdbc()) {
            long before = count(jdbc, "SELECT COUNT(*) FROM document");
            assertThatThrownBy(() -> new TenantImport(jdbc).importArchive(archive, null))
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining("đã có trong CSDL đích")
                    .hasMessageContaining("already exists");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM document")).isEqualTo(before);
        }
    }

    @Test
    void anArchiveOfAnotherSchemaVersionIsRefusedInBothLanguages() throws Exception {
        Path other = rewritten(
                "other-version.zip",
                Map.of(
                        Manifest.FILE,
                        text -> text.replace(
                                "\"schemaVersion\": \"" + manifest.schemaVersion() + "\"",
                                "\"schemaVersion\": \"16\"")));
        try (Connection jdbc = jpa.jdbc()) {
            assertThatThrownBy(() -> new TenantImport(jdbc).importArchive(other, story.tenant + "-v16"))
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining("phiên bản lược đồ 16")
                    .hasMessageContaining(
                            "schema version 16, the target database is at version " + manifest.schemaVersion());
        }
    }

    @Test
    void aChangedFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path changed = rewritten(
                "changed.zip", Map.of("tables/report_figure.json", text -> text.replace("118.125", "119.125")));
        try (Connection jdbc = jpa.jdbc()) {
            assertThatThrownBy(() -> new TenantImport(jdbc).importArchive(changed, story.tenant + "-changed"))
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining("tables/report_figure.json")
                    .hasMessageContaining("SHA-256");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM tenant WHERE id = '" + story.tenant + "-changed'"))
                    .isZero();
        }
    }

    @Test
    void aRowTheDatabaseRefusesHalfWayRollsTheWholeImportBack() throws Exception {
        // Valid hashes, but an extension with neither subject: its CHECK fails after the tenant, its
        // directory, document, items and obligations were written.
        Path broken = rewritten(
                "broken.zip",
                Map.of(
                        "tables/extension.json",
                        text -> text.replaceAll("\"obligation_id\":\\d+", "\"obligation_id\":null")));
        String id = story.tenant + "-broken";
        try (Connection jdbc = jpa.jdbc()) {
            long documents = count(jdbc, "SELECT COUNT(*) FROM document");
            assertThatThrownBy(() -> new TenantImport(jdbc).importArchive(broken, id))
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining("không ghi gì")
                    .hasMessageContaining("wrote nothing");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM tenant WHERE id = '" + id + "'"))
                    .isZero();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM document")).isEqualTo(documents);
        }
    }

    // --- what the tests read ---

    /** The audit chain's verification (D-042): it must hold, over the two records written. */
    private static ChainReport auditVerification(EntityManagerFactory emf, String tenant) {
        EntityManager em =
                emf.createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant));
        try {
            em.getTransaction().begin();
            ChainReport report = AuditLogByHand.on(em).verify();
            assertThat(report.verified()).as(tenant + ": " + report.faults()).isTrue();
            assertThat(report.chained()).isEqualTo(2);
            return report;
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    /** The scorecard as the leader reads it today and on a past day, without what names an id. */
    private static List<Object> scorecards(EntityManagerFactory emf, String tenant) {
        EntityManager em =
                emf.createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant));
        try {
            em.getTransaction().begin();
            Clock clock = Clock.fixed(story.clock.instant(), ZoneOffset.UTC);
            List<Object> seen = new ArrayList<>();
            for (LocalDate day : List.of(story.today(), PAST)) {
                ScorecardView v = ScorecardsByHand.leaderOf(tenant, em, clock).scorecard(day, null);
                seen.add(List.of(v.asOf(), v.agencies(), v.totals(), v.groups(), v.trend(), v.rules()));
                seen.add(v.documents().stream()
                        .map(d -> List.of(
                                d.number(),
                                d.tasks(),
                                d.rates(),
                                d.reports(),
                                d.overdueAging(),
                                String.valueOf(d.score()),
                                String.valueOf(d.grade())))
                        .toList());
            }
            assertThat(((ScorecardView.AgencyScore) ((List<?>) seen.get(0)).get(2))
                            .tasks()
                            .assigned())
                    .as("the scorecard counts something")
                    .isPositive();
            return seen;
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    private static EntityManagerFactory restoredUnit(TestDatabase db) {
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        p.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        p.put(PersistenceUnitProperties.JDBC_DRIVER, "org.mariadb.jdbc.Driver");
        p.put(PersistenceUnitProperties.JDBC_URL, db.url());
        p.put(PersistenceUnitProperties.JDBC_USER, db.user());
        p.put(PersistenceUnitProperties.JDBC_PASSWORD, db.password());
        p.put(PersistenceUnitProperties.SESSION_NAME, "dondoc-restored");
        return Persistence.createEntityManagerFactory("dondoc", p);
    }

    private static byte[] attachmentBytes(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT content FROM attachment_content WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getBytes(1);
            }
        }
    }

    private static boolean noIdShared(Connection c, String one, String other, String table) throws SQLException {
        List<Long> first = ids(c, one, table);
        return !first.isEmpty() && ids(c, other, table).stream().noneMatch(first::contains);
    }

    private static List<Long> ids(Connection c, String tenant, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + table + " WHERE tenant_id = ? ORDER BY id")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long nextTaskVersionBlock(Connection c) throws SQLException {
        return count(c, "SELECT next_value FROM id_block WHERE name = 'task_version'");
    }

    private static long maxId(Connection c, String table) throws SQLException {
        return count(c, "SELECT MAX(id) FROM " + table);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * A copy of the archive with some files' text changed; the manifest's hashes follow the change
     * unless the manifest itself or a file is changed to be caught ({@code changed.zip}).
     */
    private static Path rewritten(String name, Map<String, UnaryOperator<String>> changes) throws IOException {
        Path out = work.resolve(name);
        boolean keepHashes = name.equals("changed.zip");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String manifestText = new String(files.get(Manifest.FILE), StandardCharsets.UTF_8);
        for (var change : changes.entrySet()) {
            if (change.getKey().equals(Manifest.FILE)) {
                continue;
            }
            byte[] before = files.get(change.getKey());
            byte[] after = change.getValue()
                    .apply(new String(before, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(after).as("the change applies").isNotEqualTo(before);
            files.put(change.getKey(), after);
            if (!keepHashes) {
                manifestText = manifestText.replace(sha256(before), sha256(after));
            }
        }
        if (changes.containsKey(Manifest.FILE)) {
            String changed = changes.get(Manifest.FILE).apply(manifestText);
            assertThat(changed).as("the change applies").isNotEqualTo(manifestText);
            manifestText = changed;
        }
        files.put(Manifest.FILE, manifestText.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        Files.write(out, bytes.toByteArray());
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
