package vn.dondoc.identity.control;

/** A freshly signed access token and how many seconds it lives. */
public record IssuedToken(String accessToken, long expiresIn) {}
