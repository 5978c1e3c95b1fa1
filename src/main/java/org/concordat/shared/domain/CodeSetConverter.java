package org.concordat.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A set of codes (catalogue codes, such as the data subjects of a flow) as one column ("A6-1-c,A6-1-e"): codes never contain commas. */
@Converter
public class CodeSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> codes) {
        return codes == null ? "" : new TreeSet<>(codes).stream().collect(Collectors.joining(","));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
