package vn.dondoc.reporting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a report goes back to its agency (ý kiến trả lại). A class, not a record: D-010. */
public class ReturnRequest {

    @NotBlank
    @Size(max = 5000)
    public String comment;
}
