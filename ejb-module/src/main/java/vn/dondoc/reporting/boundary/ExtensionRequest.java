package vn.dondoc.reporting.boundary;

import java.time.LocalDate;

/**
 * What an agency asks: a later deadline and why (đề nghị gia hạn). A class, not a record: D-010.
 * Checked by {@link vn.dondoc.reporting.entity.Extension#request}, so that a refusal is audited as
 * one and names its field.
 */
public class ExtensionRequest {

    public LocalDate requestedDueOn;

    public String reason;
}
