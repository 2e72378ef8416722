package vn.dondoc.scorecards.boundary;

import java.math.BigDecimal;

/**
 * New scoring rules as the API takes them: any field left out keeps the rule in force. A class, not
 * a record, for the OpenAPI reader (D-010).
 */
public class ScoringRulesInput {
    public Integer weightCompletedOfDue;
    public Integer weightOnTimeOfDue;
    public Integer weightReportingRate;
    public Integer weightTimeliness;
    public BigDecimal bandExcellent;
    public BigDecimal bandGood;
    public BigDecimal bandPass;
    /** Whether an agency that missed a target due in the year is excluded from the year's emulation (D-047). */
    public Boolean excludeMissedTargets;
}
