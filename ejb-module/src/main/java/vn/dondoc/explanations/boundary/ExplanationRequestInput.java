package vn.dondoc.explanations.boundary;

import java.time.LocalDate;

/**
 * What a leader or the secretariat asks: of which agency, about exactly one of an obligation or an
 * item, what, and by when. A class, not a record, as request bodies are (D-010); the boundary checks
 * it, so that a refusal is audited as one.
 */
public class ExplanationRequestInput {

    public String agencyCode;
    public Long obligationId;
    public Long itemId;
    public String question;
    public LocalDate answerBy;
}
