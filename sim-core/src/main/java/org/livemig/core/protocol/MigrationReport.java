package org.livemig.core.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a MIGRATION_ACK reports of a completed migration, carried in its content as
 * {@code start_s=..;end_s=..;v_mig_mb=..;t_down_s=..} (numbers to nine significant digits, see
 * {@link ContentFields}).
 *
 * @param startS     when the migration started, s
 * @param endS       when it ended, s
 * @param migratedMb data sent (V_mig of the cost model), MB
 * @param downtimeS  the stop-and-copy downtime, s
 */
public record MigrationReport(double startS, double endS, double migratedMb, double downtimeS) {

    /** The content text of a MIGRATION_ACK. */
    public String toContent() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("start_s", startS);
        fields.put("end_s", endS);
        fields.put("v_mig_mb", migratedMb);
        fields.put("t_down_s", downtimeS);
        return ContentFields.format(fields);
    }

    /** Reads {@code content}; a missing start or end is {@code fallbackS}, a missing size or downtime 0. */
    public static MigrationReport fromContent(String content, double fallbackS) {
        Map<String, String> f = ContentFields.parse(content);
        return new MigrationReport(
                ContentFields.number(f, "start_s", fallbackS),
                ContentFields.number(f, "end_s", fallbackS),
                ContentFields.number(f, "v_mig_mb", 0),
                ContentFields.number(f, "t_down_s", 0));
    }
}
