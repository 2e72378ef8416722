package vn.dondoc.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.dondoc.platform.security.Role;

/** The REST API, under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@DeclareRoles({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER,
    Role.Names.OPERATOR
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Đôn Đốc API",
                        version = "1",
                        description =
                                "Theo dõi, đôn đốc thực hiện chỉ thị, kế hoạch / Tracking directives and action plans. "
                                        + "Lỗi trả về application/problem+json (RFC 9457) / Errors are problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class DondocApplication extends Application {}
