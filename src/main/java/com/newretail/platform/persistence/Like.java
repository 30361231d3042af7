package com.newretail.platform.persistence;

/** Text searched with {@code LIKE}/{@code ILIKE}: its wildcards and the escape character matched literally. */
public final class Like {

    private Like() {
    }

    /** {@code text} with {@code \}, {@code %} and {@code _} escaped (PostgreSQL's default escape character is {@code \}). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
