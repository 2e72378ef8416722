package vn.dondoc.consolidation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.boundary.AgenciesByHand;
import vn.dondoc.agencies.boundary.AgencyEdit;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.explanations.boundary.ExplanationRequestsByHand;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * SQL and HTML typed into every free-text field a user fills are stored as the exact text on the
 * real database and come out of the consolidated Word file as text, never as markup: the document's
 * title and an item's text (through the import), an agency's name (the administrator's edit), a
 * report's summary, narrative, figure name and unit, a reviewer's comment, an explanation's question
 * and answer. The scorecard's PDF and workbook: {@code ScorecardFilesWritingTest}; the pages: {@code
 * HostileInputIT}.
 */
class HostileTextTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    static final String DROP = "'; DROP TABLE report; --";
    static final String OR = "' OR 1=1 --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";

    private static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");
    private static final String H1 = "2024-H1";
    private static final String TITLE_LINE =
            "THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU NGÀY 18/5/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TIẾP TỤC TĂNG CƯỜNG SỰ"
                    + " LÃNH ĐẠO CỦA CÁC CẤP ỦY ĐẢNG ĐỐI VỚI CÔNG TÁC TƯ PHÁP TRONG GIAI ĐOẠN HIỆN NAY";

    private String tenant;

    @Test
    void sqlAndHtmlInEveryTextFieldAreStoredExactlyAndWrittenAsTextInTheConsolidatedDocx() throws IOException {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        String plan = Plans.keHoach204()
                .replace(TITLE_LINE, TITLE_LINE + " " + SCRIPT + " " + DROP)
                .replace(
                        "- Tuyên truyền, nâng cao nhận thức",
                        "- Tuyên truyền " + IMG + " " + OR + ", nâng cao nhận thức");
        long documentId = Plans.importInto(jpa, tenant, plan, "0".repeat(64), NOW);
        jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
        Object[] owed = jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id, a.item.id FROM Obligation o, Assignment a WHERE o.agency = a.agency"
                                        + " AND a.agency.code = 'so-tu-phap' AND o.periodLabel = :period"
                                        + " ORDER BY a.item.position",
                                Object[].class)
                        .setParameter("period", H1)
                        .setMaxResults(1)
                        .getSingleResult());
        long obligation = (Long) owed[0];
        long item = (Long) owed[1];

        String agencyName = "Sở Tư pháp " + SCRIPT + " " + OR;
        AgencyEdit rename = new AgencyEdit();
        rename.name = agencyName;
        jpa.inTenant(tenant, em -> AgenciesByHand.as(em).describe("so-tu-phap", rename));

        String summary = "Tóm tắt " + DROP;
        String narrative = "Đã làm " + SCRIPT + " & " + IMG;
        String figureName = "Số hội nghị " + IMG;
        String unit = "vụ" + OR.substring(0, 10);
        String comment = "Sửa lại " + SCRIPT + " " + DROP;
        reports(
                "so-tu-phap",
                "AGENCY_OFFICER",
                r -> r.save(obligation, report(item, summary, narrative, figureName, unit), null));
        reports("so-tu-phap", "AGENCY_OFFICER", r -> r.submit(obligation, null, null));
        ReturnRequest returned = new ReturnRequest();
        returned.comment = comment;
        reports("so-tu-phap.head", "AGENCY_HEAD", r -> r.returnForRevision(obligation, returned, null));
        reports("so-tu-phap", "AGENCY_OFFICER", r -> r.submit(obligation, null, null));
        reports("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(obligation, null));
        reportsAs("thu-ky", "so-tu-phap", "SECRETARIAT", r -> r.accept(obligation, null));

        String question = "Vì sao " + IMG + "?";
        String answer = "Vì " + SCRIPT + " " + DROP;
        ExplanationRequestInput ask = new ExplanationRequestInput();
        ask.agencyCode = "so-tu-phap";
        ask.obligationId = obligation;
        ask.question = question;
        ask.answerBy = LocalDate.of(2024, 6, 28);
        long request = explanations("lanh-dao", null, "LEADER", e -> e.ask(ask)).id();
        AnswerInput reply = new AnswerInput();
        reply.text = answer;
        explanations("so-tu-phap", "so-tu-phap", "AGENCY_OFFICER", e -> e.answer(request, reply));

        assertThat(column("SELECT title FROM document WHERE id = " + documentId))
                .endsWith(" " + SCRIPT + " " + DROP);
        assertThat(column("SELECT text FROM item WHERE text LIKE '%onerror%'")).contains(IMG + " " + OR);
        assertThat(column("SELECT name FROM agency WHERE code = 'so-tu-phap'")).isEqualTo(agencyName);
        assertThat(column("SELECT summary FROM report WHERE obligation_id = " + obligation + " AND number = 1"))
                .isEqualTo(summary);
        assertThat(column("SELECT narrative FROM report_entry WHERE item_id = " + item))
                .isEqualTo(narrative);
        assertThat(column("SELECT name FROM report_figure")).isEqualTo(figureName);
        assertThat(column("SELECT unit FROM report_figure")).isEqualTo(unit);
        assertThat(column("SELECT comment FROM report_step WHERE comment IS NOT NULL"))
                .isEqualTo(comment);
        assertThat(column("SELECT question FROM explanation_request WHERE id = " + request))
                .isEqualTo(question);
        assertThat(column("SELECT answer FROM explanation_request WHERE id = " + request))
                .isEqualTo(answer);

        byte[] docx = jpa.fromTenant(tenant, em -> consolidation(em).docx(documentId, H1))
                .content();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains(agencyName + ": " + narrative)
                    .contains(figureName)
                    .contains(SCRIPT + " " + DROP);
        }
        String xml = documentXml(docx);
        // Escaped in the XML as character data (a '>' needs no escape there), never an element.
        assertThat(xml.contains("&lt;script>alert(1)&lt;/script>"))
                .as("escaped in word/document.xml")
                .isTrue();
        assertThat(xml.contains("<script") || xml.contains("<img"))
                .as("markup in word/document.xml")
                .isFalse();
    }

    private static ReportInput report(long item, String summary, String narrative, String figureName, String unit) {
        ReportInput input = new ReportInput();
        input.summary = summary;
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = item;
        entry.narrative = narrative;
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = figureName;
        figure.numerator = new BigDecimal("12");
        figure.unit = unit;
        entry.figures.add(figure);
        input.entries.add(entry);
        return input;
    }

    private <T> T reports(String user, String role, Function<Reports, T> work) {
        return reportsAs(user, "so-tu-phap", role, work);
    }

    private <T> T reportsAs(String user, String agency, String role, Function<Reports, T> work) {
        return jpa.fromTenant(
                tenant,
                em -> work.apply(ReportsByHand.as(em, Clock.fixed(NOW, ZoneOffset.UTC), tenant, user, agency, role)));
    }

    private <T> T explanations(String user, String agency, String role, Function<ExplanationRequests, T> work) {
        return jpa.fromTenant(
                tenant,
                em -> work.apply(ExplanationRequestsByHand.as(
                        em, Clock.fixed(NOW, ZoneOffset.UTC), Callers.as(user, tenant, agency, role))));
    }

    private Consolidation consolidation(jakarta.persistence.EntityManager em) {
        Consolidation consolidation = new Consolidation();
        consolidation.em = em;
        consolidation.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
        return consolidation;
    }

    /** One value as the database holds it, read with plain SQL (no entity in between), in this tenant. */
    private String column(String sql) {
        String inTenant = sql + (sql.contains("WHERE") ? " AND" : " WHERE") + " tenant_id = '" + tenant + "'";
        List<?> rows = jpa.fromTenant(
                tenant,
                em -> em.createNativeQuery(inTenant)
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .getResultList());
        assertThat(rows).as(sql).hasSize(1);
        return (String) rows.get(0);
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
