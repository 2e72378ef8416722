package vn.dondoc.agencies.boundary;

import java.util.List;
import vn.dondoc.agencies.entity.AgencyKind;

/** An agency as the directory lists it, with the codes of the groups it belongs to. */
public record AgencyEntry(
        String code, String name, String nameEn, AgencyKind kind, List<String> aliases, List<String> groups) {}
