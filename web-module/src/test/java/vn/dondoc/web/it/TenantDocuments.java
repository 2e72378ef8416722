package vn.dondoc.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings tenants' documents to a known state, directly in the test database: none at all. Gone
 * are their documents with their references, items, responsibilities and assignments, and the
 * name mappings their secretariats taught the importer, and the obligations the documents created with
 * their reports and requests for more time, the deadlines granted to agencies on items, and the scorecard's ledger of their tasks and its rules, and the targets. The directory, the users and the audit trail (append-only: the database refuses a DELETE) are left as they are.
 */
final class TenantDocuments {

    /** Children before parents: the foreign keys are checked row by row. */
    private static final List<String> STATEMENTS = List.of(
            // Deleting the ledger behind its back: the running server's kept counts must go too (D-036).
            "UPDATE ledger_generation SET generation = generation + 1 WHERE tenant_id = ?",
            "DELETE FROM task_version WHERE tenant_id = ?",
            "DELETE FROM task_count WHERE tenant_id = ?",
            "DELETE FROM scoring_rules WHERE tenant_id = ?",
            "DELETE FROM target WHERE tenant_id = ?",
            "DELETE FROM explanation_attachment WHERE tenant_id = ?",
            "DELETE FROM explanation_request WHERE tenant_id = ?",
            "DELETE FROM extension WHERE tenant_id = ?",
            "DELETE FROM agency_deadline WHERE tenant_id = ?",
            "DELETE FROM notice_delivery WHERE tenant_id = ?",
            "DELETE FROM notice WHERE tenant_id = ?",
            "DELETE FROM notification_settings WHERE tenant_id = ?",
            "DELETE FROM report_step WHERE tenant_id = ?",
            "DELETE FROM report_attachment WHERE tenant_id = ?",
            "DELETE FROM attachment_content WHERE tenant_id = ?",
            "DELETE FROM report_figure WHERE tenant_id = ?",
            "DELETE FROM report_entry WHERE tenant_id = ?",
            "DELETE FROM report WHERE tenant_id = ?",
            "DELETE FROM obligation WHERE tenant_id = ?",
            "DELETE FROM reporting_body WHERE tenant_id = ?",
            "DELETE FROM assignment WHERE tenant_id = ?",
            "DELETE FROM responsibility WHERE tenant_id = ?",
            "DELETE FROM document_reference WHERE tenant_id = ?",
            "UPDATE item SET parent_id = NULL WHERE tenant_id = ?",
            "DELETE FROM item WHERE tenant_id = ?",
            "DELETE FROM name_mapping WHERE tenant_id = ?",
            "DELETE FROM document WHERE tenant_id = ?");

    private TenantDocuments() {}

    static void clear(String... tenants) throws SQLException {
        try (Connection c = TestEnvironment.database().connect()) {
            c.setAutoCommit(false);
            for (String tenant : tenants) {
                for (String sql : STATEMENTS) {
                    try (PreparedStatement statement = c.prepareStatement(sql)) {
                        statement.setString(1, tenant);
                        statement.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }
}
