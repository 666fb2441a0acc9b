package org.livemig.libvirt.daemon;

/** A node configuration is wrong; the message is one line naming the file, the key and the value. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
