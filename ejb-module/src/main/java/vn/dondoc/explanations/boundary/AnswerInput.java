package vn.dondoc.explanations.boundary;

/** The agency's written answer to a request for explanation. */
public class AnswerInput {

    public String text;
}
