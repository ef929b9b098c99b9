package org.bulletinpipeline.query.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import org.bulletinpipeline.query.search.SearchFilter;

/**
 * Documents the filters of the search, its export and its live stream from the table that defines them: SearchParams
 * reads them by name, so no field carries an annotation for them. An operation takes the search parameters when it
 * takes {@code facets}, a parameter of SearchParams only. Registered as {@code mp.openapi.filter}.
 */
public class SearchFilterParameters implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        boolean search = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "facets".equals(p.getName()));
        if (search) {
            for (SearchFilter f : SearchFilter.values()) {
                operation.addParameter(OASFactory.createParameter().name(f.parameter()).in(Parameter.In.QUERY)
                        .description(f.description()).example(f.example())
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
        return operation;
    }
}
