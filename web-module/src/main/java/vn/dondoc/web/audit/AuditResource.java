package vn.dondoc.web.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.audit.boundary.AuditLog;
import vn.dondoc.audit.control.ChainReport;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.web.platform.Paging;

/** The audit trail, newest first, for administrators. Read-only: there is no way to change it. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One audit record as the API shows it. */
    public record AuditView(
            long id,
            Instant occurredAt,
            String username,
            String roles,
            String action,
            String target,
            String outcome,
            String detail) {

        static AuditView of(AuditRecord r) {
            return new AuditView(
                    r.id(),
                    r.occurredAt(),
                    r.username(),
                    r.roles(),
                    r.action(),
                    r.target(),
                    r.outcome().name(),
                    r.detail());
        }
    }

    @Inject
    AuditLog auditLog;

    @GET
    @Operation(summary = "Nhật ký thao tác (ADMIN) / Audit trail (ADMIN)")
    public Response newestFirst(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(auditLog.newestFirst(page, size).map(AuditView::of), uri);
    }

    @GET
    @Path("verification")
    @Operation(
            summary = "Kiểm tra chuỗi băm của nhật ký (ADMIN) / Verify the audit trail's hash chain (ADMIN)",
            description = "Tính lại mọi mã băm: bản ghi bị sửa, xóa, chèn hay cắt cuối đều bị chỉ ra."
                    + " / Recomputes every hash: an edited, deleted, inserted or cut-off record is named.")
    public ChainReport verification() {
        return auditLog.verify();
    }
}
