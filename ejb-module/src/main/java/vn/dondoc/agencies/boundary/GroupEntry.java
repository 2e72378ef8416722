package vn.dondoc.agencies.boundary;

import java.util.List;

/**
 * A group as the directory lists it. When {@code membersKnown} is false the directory does not
 * hold its members ("UBND các xã, phường, thị trấn") and {@code members} is empty.
 */
public record GroupEntry(
        String code, String name, String nameEn, List<String> aliases, boolean membersKnown, List<String> members) {}
