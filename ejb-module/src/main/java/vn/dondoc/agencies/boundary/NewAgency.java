package vn.dondoc.agencies.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * What an administrator gives to add an agency to the directory. A class, not a record: Payara's
 * OpenAPI scanner fails on Bean Validation annotations of record components (6.2025.10).
 */
public class NewAgency {

    @NotBlank
    @Size(max = 255)
    public String name;

    @Size(max = 255)
    public String nameEn;

    @NotNull
    public AgencyKind kind;

    public List<@NotBlank @Size(max = 255) String> aliases = List.of();

    /** Codes of the groups the agency joins. */
    public List<@NotBlank String> groups = List.of();

    /** The kinds an agency may have, by name, for a form to offer. */
    public static List<String> kinds() {
        return Arrays.stream(AgencyKind.values()).map(Enum::name).toList();
    }

    /**
     * A request made of a form's texts: the kind by its name, a blank English name as none.
     *
     * @throws InvalidInput a kind that is none of {@link #kinds()}
     */
    public static NewAgency of(String name, String nameEn, String kind, List<String> groups) {
        NewAgency request = new NewAgency();
        request.name = name;
        request.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        try {
            request.kind = kind == null ? null : AgencyKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind: một trong / one of " + kinds());
        }
        request.groups = groups == null ? List.of() : List.copyOf(groups);
        return request;
    }

    /** The name as stored: trimmed, in Unicode NFC. */
    public String normalisedName() {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The code the agency will have, which the audit trail records as the target. */
    @Override
    public String toString() {
        return name == null ? "" : Slug.of(normalisedName());
    }
}
