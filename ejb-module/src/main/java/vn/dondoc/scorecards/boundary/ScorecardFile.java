package vn.dondoc.scorecards.boundary;

/** A scorecard as a file to download (PDF, CSV, XLSX): its Vietnamese name, its type and its bytes. */
public record ScorecardFile(String fileName, String contentType, byte[] content) {}
