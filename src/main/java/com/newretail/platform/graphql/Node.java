package com.newretail.platform.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's Node: any object that can be fetched again by its global ID. */
@Interface
@Name("Node")
@Description("An object with a globally unique, opaque ID that `node(id:)` resolves.")
public interface Node {

    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this object.")
    String getId();
}
