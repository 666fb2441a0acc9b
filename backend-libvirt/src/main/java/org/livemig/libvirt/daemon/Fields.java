package org.livemig.libvirt.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Typed reads from one YAML mapping, each failure a one-line {@link ConfigException}. */
final class Fields {

    final String file;
    final String prefix;
    final JsonNode node;

    Fields(String file, String prefix, JsonNode node, Set<String> allowed) throws ConfigException {
        this.file = file;
        this.prefix = prefix;
        this.node = node;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ConfigException(file + ": unknown key '" + prefix + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    ConfigException error(String key, String value, String reason) {
        return new ConfigException(file + ": key '" + prefix + key + "': value '" + value + "' " + reason);
    }

    private JsonNode scalar(String key) throws ConfigException {
        JsonNode v = node.get(key);
        if (v != null && !v.isValueNode()) {
            throw error(key, v.toString(), "must be a single value");
        }
        return v == null || v.isNull() ? null : v;
    }

    String text(String key, String fallback) throws ConfigException {
        JsonNode v = scalar(key);
        if (v == null) {
            if (fallback == null) {
                throw new ConfigException(file + ": key '" + prefix + key + "' is missing");
            }
            return fallback;
        }
        return v.asText();
    }

    int integer(String key, Integer fallback, int min, int max) throws ConfigException {
        String t = text(key, fallback == null ? null : String.valueOf(fallback));
        try {
            int v = Integer.parseInt(t.trim());
            if (v < min || v > max) {
                throw error(key, t, "must be an integer in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(key, t, "is not an integer");
        }
    }

    double number(String key, double fallback, double min, double max) throws ConfigException {
        String t = text(key, String.valueOf(fallback));
        try {
            double v = Double.parseDouble(t.trim());
            if (!(v >= min && v <= max)) {
                throw error(key, t, "must be a number in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(key, t, "is not a number");
        }
    }

    /** A number in (0, max]: zero is refused here, not later by whoever divides by it. */
    double positiveNumber(String key, double fallback, double max) throws ConfigException {
        double v = number(key, fallback, 0, max);
        if (v == 0) {
            throw error(key, text(key, null), "must be a number in (0, " + max + "]");
        }
        return v;
    }

    boolean bool(String key, boolean fallback) throws ConfigException {
        String t = text(key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(key, t, "must be true or false");
        };
    }

    <E extends Enum<E>> E choice(String key, E fallback) throws ConfigException {
        String t = text(key, fallback.name().toLowerCase(Locale.ROOT));
        for (E e : fallback.getDeclaringClass().getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        throw error(
                key,
                t,
                "must be one of "
                        + Arrays.stream(fallback.getDeclaringClass().getEnumConstants())
                                .map(e -> e.name().toLowerCase(Locale.ROOT))
                                .toList());
    }

    InetSocketAddress address(String key) throws ConfigException {
        String t = text(key, null);
        int colon = t.lastIndexOf(':');
        if (colon <= 0) {
            throw error(key, t, "must be host:port");
        }
        try {
            int port = Integer.parseInt(t.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw error(key, t, "has a port outside [0, 65535]");
            }
            InetSocketAddress a = new InetSocketAddress(t.substring(0, colon).replaceAll("^\\[|\\]$", ""), port);
            if (a.isUnresolved()) {
                throw error(key, t, "names a host that does not resolve");
            }
            return a;
        } catch (NumberFormatException e) {
            throw error(key, t, "must be host:port");
        }
    }
}
