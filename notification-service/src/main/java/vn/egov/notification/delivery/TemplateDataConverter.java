package vn.egov.notification.delivery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the parameters of a Zalo template message as a JSON object in one column. */
@Converter
class TemplateDataConverter implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(Map<String, String> data) {
        return data == null ? null : JSON.writeValueAsString(new java.util.TreeMap<>(data));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        return column == null ? null : JSON.readValue(column, MAP);
    }
}
