package vn.dondoc.identity.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The signed-in caller as the screens show them (hồ sơ người dùng): who they are, for which tenant
 * and agency, in which roles, and what day it is in the tenant's time zone ({@code zone}: to show a
 * moment, a report saved or a step taken, as the tenant's clock read it). {@code agencyCode},
 * {@code agencyName} and {@code agencyNameEn} are {@code null} for users of no agency.
 */
public record ProfileView(
        String username,
        String displayName,
        String tenant,
        String tenantName,
        String tenantNameEn,
        String agencyCode,
        String agencyName,
        String agencyNameEn,
        Set<String> roles,
        LocalDate today,
        ZoneId zone) {}
