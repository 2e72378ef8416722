package vn.dondoc.platform.security;

/** What a user may do. Role names are the security roles the boundaries check. */
public enum Role {
    /** Quản trị đơn vị: sets up the tenant (agencies, groups, users, calendar, rules). */
    ADMIN,
    /** Cơ quan đầu mối, tổng hợp: registers documents, assigns agencies, reviews reports. */
    SECRETARIAT,
    /** Chuyên viên của cơ quan: drafts and submits the agency's reports. */
    AGENCY_OFFICER,
    /** Thủ trưởng cơ quan: approves the agency's report before it goes out. */
    AGENCY_HEAD,
    /** Lãnh đạo UBND: reads scorecards. */
    LEADER,
    /** Vận hành nền tảng: creates tenants; sees no tenant data unless granted. */
    OPERATOR;

    /** The role names as the container knows them, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String AGENCY_OFFICER = "AGENCY_OFFICER";
        public static final String AGENCY_HEAD = "AGENCY_HEAD";
        public static final String LEADER = "LEADER";
        public static final String OPERATOR = "OPERATOR";

        private Names() {}
    }
}
