package io.modeldoc.processor.sql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/** Builds readable identifiers from physical names, and fits them to a database's length limit. */
final class Identifiers {

    /** The length of the hash suffix of a shortened name: {@code _} and 8 hex digits. */
    static final int HASH_SUFFIX_LENGTH = 9;

    private Identifiers() {
    }

    /**
     * {@code prefix_table_col1_col2}: quotes dropped, lower-cased, every character outside
     * {@code [a-z0-9_]} turned into {@code _}.
     */
    static String readable(String prefix, String table, List<String> columns) {
        StringBuilder name = new StringBuilder(prefix).append('_').append(part(table));
        for (String column : columns) {
            name.append('_').append(part(column));
        }
        return name.toString();
    }

    /**
     * {@code name} when it fits in {@code maxLength}; otherwise its start, cut so that {@code _}
     * and 8 hex digits of the CRC-32 of the whole name make it exactly {@code maxLength} long, so
     * two long names with the same start still differ.
     */
    static String fit(String name, int maxLength) {
        if (name.length() <= maxLength) {
            return name;
        }
        if (maxLength <= HASH_SUFFIX_LENGTH) {
            throw new IllegalArgumentException("identifier limit " + maxLength + " leaves no room for a name");
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = String.format(Locale.ROOT, "%08x", crc.getValue());
        return name.substring(0, maxLength - HASH_SUFFIX_LENGTH) + "_" + hash;
    }

    private static String part(String physicalName) {
        String lower = physicalName.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '"' || c == '`' || c == '[' || c == ']') {
                continue; // quoting is not part of the name
            }
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
        }
        return out.toString();
    }
}
