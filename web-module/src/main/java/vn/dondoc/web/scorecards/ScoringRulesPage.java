package vn.dondoc.web.scorecards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.Role;
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.scorecards.boundary.ScoringRulesInput;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Cách chấm điểm: the weights of the scorecard's four rates and the lowest score of each grade, as
 * {@code GET/PUT /api/v1/settings/scoring} read and set them through {@link Scorecards}, with since
 * when and by whom they are in force. The rules check themselves; their refusal names the weight or
 * band, beside which its text is shown in the page's language.
 */
@Named
@ViewScoped
public class ScoringRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rules' names of their values (as a refusal names them) to the page's fields. */
    static final Map<String, String> FIELDS = Map.of(
            "weights.completedOfDue", "scoring:weightCompletedOfDue",
            "weights.onTimeOfDue", "scoring:weightOnTimeOfDue",
            "weights.reportingRate", "scoring:weightReportingRate",
            "weights.timeliness", "scoring:weightTimeliness",
            "weights", "scoring:weights",
            "bands.excellent", "scoring:bandExcellent",
            "bands.good", "scoring:bandGood",
            "bands.pass", "scoring:bandPass",
            "bands", "scoring:bands");

    @Inject
    Scorecards scorecards;

    @Inject
    Language language;

    private Integer weightCompletedOfDue;
    private Integer weightOnTimeOfDue;
    private Integer weightReportingRate;
    private Integer weightTimeliness;
    private BigDecimal bandExcellent;
    private BigDecimal bandGood;
    private BigDecimal bandPass;
    private Instant validFrom;
    private String setBy;
    private boolean read;

    /** The page's view action: the administrator only; then the rules in force. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN) && !read) {
            show(scorecards.rules());
            read = true;
        }
    }

    /** New rules, in force from now (earlier days keep theirs: the boundary's doing). */
    public void save() {
        ScoringRulesInput input = new ScoringRulesInput();
        input.weightCompletedOfDue = weightCompletedOfDue;
        input.weightOnTimeOfDue = weightOnTimeOfDue;
        input.weightReportingRate = weightReportingRate;
        input.weightTimeliness = weightTimeliness;
        input.bandExcellent = bandExcellent;
        input.bandGood = bandGood;
        input.bandPass = bandPass;
        try {
            show(scorecards.setRules(input));
            Refusals.done(language.text("scoring.saved"));
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    private void show(RulesInForce rules) {
        weightCompletedOfDue = rules.weightCompletedOfDue();
        weightOnTimeOfDue = rules.weightOnTimeOfDue();
        weightReportingRate = rules.weightReportingRate();
        weightTimeliness = rules.weightTimeliness();
        bandExcellent = plain(rules.bandExcellent());
        bandGood = plain(rules.bandGood());
        bandPass = plain(rules.bandPass());
        validFrom = rules.validFrom();
        setBy = rules.setBy();
    }

    /** 90 rather than 90.00 in the field. */
    private static BigDecimal plain(BigDecimal band) {
        BigDecimal stripped = band.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Since when the rules are in force; {@code null} for the product's defaults. */
    public Instant getValidFrom() {
        return validFrom;
    }

    /** Who set them; {@code null} for the product's defaults. */
    public String getSetBy() {
        return setBy;
    }

    public Integer getWeightCompletedOfDue() {
        return weightCompletedOfDue;
    }

    public void setWeightCompletedOfDue(Integer weightCompletedOfDue) {
        this.weightCompletedOfDue = weightCompletedOfDue;
    }

    public Integer getWeightOnTimeOfDue() {
        return weightOnTimeOfDue;
    }

    public void setWeightOnTimeOfDue(Integer weightOnTimeOfDue) {
        this.weightOnTimeOfDue = weightOnTimeOfDue;
    }

    public Integer getWeightReportingRate() {
        return weightReportingRate;
    }

    public void setWeightReportingRate(Integer weightReportingRate) {
        this.weightReportingRate = weightReportingRate;
    }

    public Integer getWeightTimeliness() {
        return weightTimeliness;
    }

    public void setWeightTimeliness(Integer weightTimeliness) {
        this.weightTimeliness = weightTimeliness;
    }

    public BigDecimal getBandExcellent() {
        return bandExcellent;
    }

    public void setBandExcellent(BigDecimal bandExcellent) {
        this.bandExcellent = bandExcellent;
    }

    public BigDecimal getBandGood() {
        return bandGood;
    }

    public void setBandGood(BigDecimal bandGood) {
        this.bandGood = bandGood;
    }

    public BigDecimal getBandPass() {
        return bandPass;
    }

    public void setBandPass(BigDecimal bandPass) {
        this.bandPass = bandPass;
    }
}
