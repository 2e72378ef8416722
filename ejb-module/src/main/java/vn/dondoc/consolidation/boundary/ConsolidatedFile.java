package vn.dondoc.consolidation.boundary;

/** The consolidated report as a file to download: its Vietnamese name, its type and its bytes. */
public record ConsolidatedFile(String fileName, String contentType, byte[] content) {}
