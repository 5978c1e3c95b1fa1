package org.concordat.dpia.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A DPIA version's risk scale as one column: the nine levels, likelihood by likelihood. */
@Converter
public class RiskScaleConverter implements AttributeConverter<RiskScale, String> {

    @Override
    public String convertToDatabaseColumn(RiskScale scale) {
        return scale == null ? null : scale.format();
    }

    @Override
    public RiskScale convertToEntityAttribute(String column) {
        return column == null ? null : RiskScale.parse(column);
    }
}
