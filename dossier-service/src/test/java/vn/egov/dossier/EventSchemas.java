package vn.egov.dossier;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;

/** The JSON Schemas of the contract events, from the class path, for checking what the service published. */
public final class EventSchemas {

    private EventSchemas() {}

    /** @param path an {@code EventType}'s schema path */
    public static JsonSchema schema(String path) throws Exception {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }
}
