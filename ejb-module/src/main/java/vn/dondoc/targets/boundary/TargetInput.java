package vn.dondoc.targets.boundary;

import java.math.BigDecimal;

/**
 * A target as the secretariat writes it: for {@code POST /documents/{id}/targets} the agency or group
 * (a group gives one target to each of its members) and the terms; for {@code PATCH /targets/{id}}
 * any field left out keeps its value (agency, group and item are then not changed). A class, not a
 * record, for the OpenAPI reader (D-010).
 */
public class TargetInput {
    /** The item of the document the target belongs to, or none for the document itself. */
    public Long itemId;

    public String agencyCode;
    public String groupCode;
    public Integer year;
    /** A period of the year: 2024-H1, 2024-Q2, 2024-M03; none for the whole year. */
    public String periodLabel;

    public String name;
    public String unit;
    /** AT_LEAST, AT_MOST or EXACTLY. */
    public String direction;
    /** More than / less than ("trên", "dưới") rather than at least / at most. */
    public Boolean strict;

    public BigDecimal value;
    /** LEVEL (the result itself) or CHANGE (its change against a base). */
    public String basis;

    public Integer baseYear;
    public String basePeriod;
    public BigDecimal baseValue;
}
