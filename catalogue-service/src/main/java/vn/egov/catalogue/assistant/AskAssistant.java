package vn.egov.catalogue.assistant;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.egov.catalogue.procedure.ProcedureNotFound;
import vn.egov.catalogue.procedure.ViewProcedure;
import vn.egov.catalogue.search.SearchIndex;
import vn.egov.catalogue.search.SearchProperties;

/** The procedure assistant on the catalogue in force: the search index for the procedure, its version for the facts. */
@Service
public class AskAssistant {

    private final ProcedureAssistant assistant;

    AskAssistant(
            SearchIndex index,
            ViewProcedure viewProcedure,
            SearchProperties searchProperties,
            AssistantProperties properties) {
        this.assistant = new ProcedureAssistant(
                index::search,
                code -> {
                    try {
                        return Optional.of(ProcedureFacts.of(viewProcedure.view(code, null)));
                    } catch (ProcedureNotFound e) {
                        return Optional.empty();
                    }
                },
                searchProperties.abbreviations(),
                properties.procedureUrl(),
                properties.lookUpUrl());
    }

    public ProcedureAssistant.Reply ask(String conversationId, String text) {
        return assistant.answer(conversationId, text);
    }
}
