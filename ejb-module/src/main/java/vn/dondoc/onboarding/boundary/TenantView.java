package vn.dondoc.onboarding.boundary;

import java.time.Instant;
import vn.dondoc.tenancy.entity.Tenant;

/** A tenant as its operators see it: its description and status, none of its business data. */
public record TenantView(
        String id,
        String name,
        String nameEn,
        String issuingBody,
        String timeZone,
        String status,
        Instant statusChangedAt,
        Integer agencies,
        Integer groups) {

    static TenantView of(Tenant tenant, Integer agencies, Integer groups) {
        return new TenantView(
                tenant.id(),
                tenant.name(),
                tenant.nameEn(),
                tenant.issuingBody(),
                tenant.timeZone().getId(),
                tenant.status().name(),
                tenant.statusChangedAt(),
                agencies,
                groups);
    }
}
