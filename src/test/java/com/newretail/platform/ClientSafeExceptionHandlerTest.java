package com.newretail.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.newretail.platform.errors.ClientSafeExceptionHandler;
import com.newretail.platform.errors.InternalErrorException;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.quarkus.security.ForbiddenException;

class ClientSafeExceptionHandlerTest {

    private final ClientSafeExceptionHandler handler = new ClientSafeExceptionHandler(List.of(ForbiddenException.class), "Server Error");

    @Test
    void aCheckedConnectionFailureIsMaskedWithACorrelationId() {
        GraphQLError error = handle(new java.util.concurrent.CompletionException(new ConnectException("Connection refused: db.internal/10.1.2.3:5432")));
        assertEquals("Server Error", error.getMessage());
        Throwable shown = ((ExceptionWhileDataFetching) error).getException();
        InternalErrorException masked = assertInstanceOf(InternalErrorException.class, shown);
        assertFalse(masked.correlationId().isBlank());
        assertFalse(error.toString().contains("10.1.2.3"), error.toString());
        assertFalse(error.toString().contains("ConnectException"), error.toString());
    }

    @Test
    void aDenialWithoutAMessageGetsOneNamingTheField() {
        ForbiddenException denial = new ForbiddenException();
        GraphQLError error = handle(denial);
        assertEquals("Your roles do not allow 'orgUnits'", error.getMessage());
        assertSame(denial, ((ExceptionWhileDataFetching) error).getException());
        assertEquals("Not yours", handle(new ForbiddenException("Not yours")).getMessage());
    }

    private GraphQLError handle(Throwable failure) {
        graphql.schema.DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("orgUnits")).build())
                .mergedField(MergedField.newMergedField(Field.newField("orgUnits").build()).build())
                .build();
        DataFetcherExceptionHandlerParameters parameters = DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(environment).exception(failure).build();
        return handler.handleException(parameters).join().getErrors().get(0);
    }
}
