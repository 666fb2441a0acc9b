package org.livemig.libvirt.net;

import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The secret every node of a cluster shares; datagrams are authenticated with HMAC-SHA256 under it. */
public final class ClusterKey {

    /** Shortest key accepted, bytes (128 bits). */
    public static final int MIN_BYTES = 16;

    private final byte[] key;

    private ClusterKey(byte[] key) {
        this.key = key.clone();
    }

    /**
     * A key from raw bytes.
     *
     * @throws IllegalArgumentException if it is shorter than {@link #MIN_BYTES}
     */
    public static ClusterKey of(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("cluster key must be at least " + MIN_BYTES + " bytes (" + 2 * MIN_BYTES
                    + " hex digits), got " + key.length);
        }
        return new ClusterKey(key);
    }

    /**
     * A key from hex digits (whitespace ignored).
     *
     * @throws IllegalArgumentException if the text is not hex or too short
     */
    public static ClusterKey fromHex(String hex) {
        String digits = hex.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new IllegalArgumentException("cluster key must be hex digits (an even number of 0-9, a-f)");
        }
        return of(HexFormat.of().parseHex(digits));
    }

    /** A new HMAC-SHA256 instance keyed with this key (Mac objects are not thread-safe). */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterKey k && java.security.MessageDigest.isEqual(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "ClusterKey[" + key.length + " bytes]";
    }
}
