package vn.dondoc.documents.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How often agencies report on a plan (định kỳ báo cáo). */
public enum ReportingFrequency {
    MONTHLY,
    QUARTERLY,
    /** 6 tháng. */
    SEMIANNUAL,
    /** 01 năm, hằng năm. */
    ANNUAL;

    /** Stores a set of frequencies as their names, comma-separated in their natural order. */
    @Converter
    public static class SetConverter implements AttributeConverter<Set<ReportingFrequency>, String> {

        @Override
        public String convertToDatabaseColumn(Set<ReportingFrequency> frequencies) {
            return frequencies == null || frequencies.isEmpty()
                    ? null
                    : frequencies.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<ReportingFrequency> convertToEntityAttribute(String names) {
            Set<ReportingFrequency> frequencies = EnumSet.noneOf(ReportingFrequency.class);
            if (names != null && !names.isBlank()) {
                Arrays.stream(names.split(",")).map(ReportingFrequency::valueOf).forEach(frequencies::add);
            }
            return frequencies;
        }
    }
}
