package com.newretail.platform.events;

/**
 * A subscription cannot promise it saw every change: the database listener is down or was down. The
 * client is told (error code {@code live-updates-interrupted}) so it refetches what it shows and
 * subscribes again, instead of silently showing stale data.
 */
public class LiveUpdatesInterruptedException extends RuntimeException {

    private LiveUpdatesInterruptedException(String message) {
        super(message, null, false, false);
    }

    static LiveUpdatesInterruptedException interrupted() {
        return new LiveUpdatesInterruptedException(
                "Live updates were interrupted and changes may have been missed: refetch and subscribe again");
    }

    static LiveUpdatesInterruptedException unavailable() {
        return new LiveUpdatesInterruptedException("Live updates are unavailable right now: subscribe again in a few seconds");
    }
}
