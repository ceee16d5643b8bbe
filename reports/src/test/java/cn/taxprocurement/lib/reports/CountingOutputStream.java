package cn.taxprocurement.lib.reports;

import java.io.OutputStream;

/** Counts what a report would send to the client, without a disk in the measurement. */
final class CountingOutputStream extends OutputStream {
    private long bytes;

    long bytes() {
        return bytes;
    }

    @Override
    public void write(int b) {
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes += len;
    }
}
