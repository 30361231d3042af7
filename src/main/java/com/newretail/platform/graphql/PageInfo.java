package com.newretail.platform.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay page information for forward keyset pagination. */
@Type("PageInfo")
@Description("Where this page sits in the whole list. Pass `endCursor` as `after` to get the next page.")
public class PageInfo {

    private final boolean hasNextPage;
    private final String endCursor;
    private final String startCursor;

    public PageInfo(boolean hasNextPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("True when more items follow this page.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("Always false: lists are paged forward only, with `first` and `after`.")
    public boolean isHasPreviousPage() {
        return false;
    }

    @Description("Cursor of the first item on this page; null for an empty page.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last item on this page; null for an empty page.")
    public String getEndCursor() {
        return endCursor;
    }
}
