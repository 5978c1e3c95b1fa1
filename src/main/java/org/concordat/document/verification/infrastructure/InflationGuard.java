package org.concordat.document.verification.infrastructure;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures, before a PDF is parsed, how large its compressed streams become once inflated: a small file can hold a
 * "zip bomb" that would fill the server's memory while a parser decompresses it. Every run of bytes between
 * "stream" and "endstream" is inflated into a scratch buffer that is thrown away, counting the bytes, and the count
 * stops at the budget. Streams that are not deflated are left alone (they take their own size in memory).
 */
final class InflationGuard {

    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] END = "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private InflationGuard() {
    }

    /** Whether all the deflated streams together inflate to no more than the budget. */
    static boolean withinBudget(byte[] pdf, long budget) {
        long total = 0;
        byte[] scratch = new byte[64 * 1024];
        int at = 0;
        while (true) {
            int keyword = indexOf(pdf, STREAM, at);
            if (keyword < 0) {
                return true;
            }
            int start = keyword + STREAM.length;
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            int end = indexOf(pdf, END, start);
            if (end < 0) {
                end = pdf.length;
            }
            total += inflatedSize(pdf, start, end - start, budget - total, scratch);
            if (total > budget) {
                return false;
            }
            if (end >= pdf.length) {
                return true;
            }
            at = end + END.length;
        }
    }

    /** The inflated size of a zlib stream, stopping just past the limit; 0 when the bytes are not zlib data. */
    private static long inflatedSize(byte[] pdf, int offset, int length, long limit, byte[] scratch) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, offset, length);
            long size = 0;
            while (!inflater.finished() && size <= limit) {
                int n = inflater.inflate(scratch);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
            }
            return size;
        } catch (DataFormatException e) {
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
