package vn.dondoc.agencies.entity;

/** What sort of body an agency is; plans address them by kind ("các sở, ban, ngành"). */
public enum AgencyKind {
    /** Sở, ban, ngành: specialised bodies of the provincial People's Committee. */
    DEPARTMENT,
    /** Other provincial bodies: court, procuracy, police, press, industrial-zone board. */
    PROVINCIAL_BODY,
    /** Central bodies, or central bodies based in the province (Cục Thuế, Cục THADS). */
    CENTRAL_BODY,
    /** Party bodies (Ban Tuyên giáo Tỉnh ủy). */
    PARTY_BODY,
    /** Mặt trận Tổ quốc and the mass organisations. */
    MASS_ORGANISATION,
    /** District-level People's Committees (UBND cấp huyện). */
    DISTRICT,
    /** Commune-level People's Committees (UBND cấp xã). */
    COMMUNE,
    /**
     * A unit of a ministry, when the ministry is the tenant (đơn vị thuộc Bộ): Tổng cục, Cục, Vụ,
     * Văn phòng Bộ, Thanh tra Bộ.
     */
    MINISTRY_UNIT,
    /**
     * An office or unit of a department, when the department is the tenant (phòng, đơn vị thuộc
     * Sở): Văn phòng Sở, Thanh tra Sở, its phòng, its centres.
     */
    DEPARTMENT_UNIT
}
