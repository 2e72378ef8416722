package vn.dondoc.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of strings (aliases, say) as lines of one text column. A collection table
 * would not carry the tenant column: EclipseLink fills {@code tenant_id} only on entity tables.
 */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\n")).toList();
    }
}
