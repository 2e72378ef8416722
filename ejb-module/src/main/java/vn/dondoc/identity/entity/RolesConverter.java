package vn.dondoc.identity.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.platform.security.Role;

/** A user's roles as one column ("AGENCY_OFFICER,AGENCY_HEAD"): see {@code LinesConverter} for why. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
