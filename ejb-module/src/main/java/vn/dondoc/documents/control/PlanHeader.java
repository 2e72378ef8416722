package vn.dondoc.documents.control;

import java.time.LocalDate;

/**
 * What a plan prints around its body for the registry (any part may be {@code null}), and its
 * preamble, the text from the type word to the body, where the documents it follows are named.
 */
record PlanHeader(
        String type,
        DocumentNumber number,
        String issuer,
        String place,
        LocalDate issuedOn,
        String signer,
        String title,
        String preamble) {}
