package vn.dondoc.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a sign-in. A class, not a record: Payara's OpenAPI scanner fails on Bean
 * Validation annotations of record components (6.2025.10).
 */
public class TokenRequest {

    @NotBlank
    @Size(max = 64)
    public String tenant;

    @NotBlank
    @Size(max = 190)
    public String username;

    @NotBlank
    @Size(max = 1024)
    public String password;
}
