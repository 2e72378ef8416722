package vn.dondoc.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** Who is calling, if anybody: the principal the authentication mechanism established. */
@ApplicationScoped
public class CallerIdentity {

    @Inject
    SecurityContext securityContext;

    public Optional<DondocPrincipal> principal() {
        return securityContext.getPrincipalsByType(DondocPrincipal.class).stream()
                .findFirst();
    }
}
