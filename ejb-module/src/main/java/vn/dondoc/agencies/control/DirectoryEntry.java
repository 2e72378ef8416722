package vn.dondoc.agencies.control;

import java.util.List;

/**
 * One name the directory knows, for matching text against it: an agency or a group, with its
 * code, name and aliases.
 */
public record DirectoryEntry(Kind kind, String code, String name, List<String> aliases) {

    public enum Kind {
        AGENCY,
        GROUP
    }

    public DirectoryEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
