package vn.dondoc.reporting.boundary;

/** A file to send back as a download, with the type its bytes were found to be. */
public record Download(String fileName, String contentType, String sha256, byte[] content) {}
