package vn.dondoc.agencies.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.List;

/**
 * What an administrator changes of an agency: its name, English name and other names (short names,
 * abbreviations such as "STP"). Its code and kind stay. A class, not a record: D-010.
 */
public class AgencyEdit {

    @NotBlank
    @Size(max = 255)
    public String name;

    @Size(max = 255)
    public String nameEn;

    public List<@NotBlank @Size(max = 255) String> aliases = List.of();

    /** An edit made of a form's texts: blanks dropped, names trimmed. */
    public static AgencyEdit of(String name, String nameEn, List<String> aliases) {
        AgencyEdit edit = new AgencyEdit();
        edit.name = name;
        edit.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        edit.aliases = aliases == null
                ? List.of()
                : aliases.stream().filter(a -> !a.isBlank()).map(String::strip).toList();
        return edit;
    }

    /** The name as stored: trimmed, in Unicode NFC. */
    String normalisedName() {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return "name=" + name + ", nameEn=" + nameEn + ", aliases=" + aliases;
    }
}
