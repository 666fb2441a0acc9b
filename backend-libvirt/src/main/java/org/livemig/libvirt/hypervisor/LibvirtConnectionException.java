package org.livemig.libvirt.hypervisor;

/** A libvirt hypervisor could not be reached; the message is one line naming the URI and the cause. */
public final class LibvirtConnectionException extends Exception {
    private static final long serialVersionUID = 1L;

    public LibvirtConnectionException(String message) {
        super(message);
    }
}
