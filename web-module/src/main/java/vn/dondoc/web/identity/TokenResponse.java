package vn.dondoc.web.identity;

/** An access token: send it as {@code Authorization: Bearer <accessToken>}. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
