package org.livemig.libvirt.hypervisor;

import org.libvirt.LibvirtException;

/** One-line descriptions of libvirt failures. */
final class LibvirtErrors {

    private LibvirtErrors() {}

    static String oneLine(Throwable e) {
        String message = null;
        if (e instanceof LibvirtException le && le.getError() != null) {
            message = le.getError().getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ').strip();
    }
}
