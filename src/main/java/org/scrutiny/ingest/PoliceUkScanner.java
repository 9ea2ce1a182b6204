package org.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads data.police.uk CSV files byte by byte and counts their rows by force, month, crime type, outcome and
 * district, for one worker thread. Reused from file to file, so that reading a file allocates almost nothing.
 *
 * <p>A row is split in place: only the few columns that are counted are looked at, each through an
 * {@link Interner} that turns its bytes into a small number without making a string. Quoted fields (a
 * Location such as {@code "On or near Asda, Thurmaston"}) are understood, and every byte is checked to be
 * UTF-8 on the way past.
 */
final class PoliceUkScanner {
    /** The longest row read; a police.uk row is about 250 bytes. */
    static final int BUFFER = 1 << 20;

    private static final int MAX_FIELDS = 64;
    private static final int NEED_MORE = -1;
    private static final int FAILED = -2;
    private static final String ANTI_SOCIAL = "Anti-social behaviour";

    private final byte[] buffer = new byte[BUFFER];
    private final byte[] scratch = new byte[BUFFER];
    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final boolean[] escaped = new boolean[MAX_FIELDS];
    private final Interner months = new Interner();
    private final Interner types = new Interner();
    private final Interner outcomes = new Interner();
    private final Interner districts = new Interner();
    private final LongCounts counts = new LongCounts(1 << 12);
    private final CRC32 crc = new CRC32();

    /** The forces met, by the index rows are counted under; before the force columns, which fill it. */
    private final List<String> forceCodes = new ArrayList<>();

    private final ForceColumn reportedBy = new ForceColumn(this);
    private final ForceColumn fallsWithin = new ForceColumn(this);
    private boolean[] monthChecked = new boolean[16];

    private int fields;
    private int breaksInside;
    private String failure;
    private int failureColumn;

    /** A file that cannot be read as a police.uk file: what is wrong, and where. */
    static final class Unreadable extends Exception {
        final int line;
        final int column;

        Unreadable(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Counts one file into the tally.
     *
     * @param name the file's name in messages
     * @param expectedCrc the CRC-32 a zip archive gives for the file, or -1 when there is none to check
     * @throws Unreadable if anything in the file is wrong; nothing from it reaches the tally
     * @throws IOException if the file cannot be read at all
     */
    void scan(String name, InputStream in, long expectedCrc, PoliceUkTally tally) throws IOException, Unreadable {
        counts.clear();
        crc.reset();
        String forceInName = PoliceUkFile.forceInName(name);
        if (forceInName != null && forceInName.startsWith("?")) {
            throw new Unreadable(
                    0, 0, "'" + forceInName.substring(1) + "' in the file's name is not a police.uk force code");
        }
        int fileForce = forceInName == null ? -1 : forceIndex(forceInName);
        PoliceUkFile kind = null;
        int[] columns = null;
        int headerFields = 0;
        int pos = 0;
        int limit = 0;
        boolean eof = false;
        int line = 1;
        long rows = 0;
        boolean started = false;
        while (true) {
            if (!started && (limit >= 3 || eof)) {
                started = true;
                if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
                    pos = 3;
                }
            }
            int next = started ? record(pos, limit, eof) : NEED_MORE;
            if (next == NEED_MORE) {
                if (eof) {
                    break;
                }
                if (pos > 0) {
                    System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                    limit -= pos;
                    pos = 0;
                } else if (limit == buffer.length) {
                    throw new Unreadable(
                            line, 0, "the row is longer than " + BUFFER + " bytes: this is not a CSV file");
                }
                int read = readSome(in, limit, name, line);
                if (read < 0) {
                    eof = true;
                } else {
                    if (expectedCrc >= 0) {
                        crc.update(buffer, limit, read);
                    }
                    limit += read;
                }
                continue;
            }
            if (next == FAILED) {
                throw new Unreadable(line, failureColumn, failure);
            }
            boolean blank = fields == 1 && ends[0] == starts[0];
            if (!blank) {
                if (kind == null) {
                    List<String> header = header();
                    kind = PoliceUkFile.ofHeader(header);
                    if (kind == null) {
                        throw new Unreadable(
                                line,
                                0,
                                "not a police.uk street, outcomes or stop-and-search file: the header is '"
                                        + PoliceUkFile.describe(header) + "', where a street file's is '"
                                        + PoliceUkFile.STREET_HEADER + "'");
                    }
                    columns = kind.columnsOf(header);
                    headerFields = fields;
                } else {
                    if (fields != headerFields) {
                        throw new Unreadable(
                                line,
                                fields > headerFields ? headerFields + 1 : 0,
                                "the row has " + fields + " field" + (fields == 1 ? "" : "s") + " where the header has "
                                        + headerFields);
                    }
                    count(kind, columns, fileForce, forceInName, line);
                    rows++;
                }
            }
            line += 1 + breaksInside;
            pos = next;
            if (pos >= limit && eof) {
                break;
            }
        }
        if (kind == null) {
            throw new Unreadable(0, 0, "the file is empty: a police.uk file starts with a header row");
        }
        if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
            throw new Unreadable(0, 0, "the archive is corrupt: the file's checksum does not match its contents");
        }
        tally.add(name, kind, rows, counts, this);
    }

    private int readSome(InputStream in, int limit, String name, int line) throws IOException, Unreadable {
        try {
            return in.read(buffer, limit, buffer.length - limit);
        } catch (java.util.zip.ZipException e) {
            throw new Unreadable(line, 0, "the archive is corrupt near this line (" + e.getMessage() + ")");
        } catch (java.io.EOFException e) {
            throw new Unreadable(line, 0, "the archive is truncated near this line");
        }
    }

    private void count(PoliceUkFile kind, int[] columns, int fileForce, String forceInName, int line)
            throws Unreadable {
        int force;
        int month;
        int a;
        int b;
        int district = 0;
        switch (kind) {
            case STREET, OUTCOMES -> {
                month = month(columns[1], line, false);
                force = force(reportedBy, columns[2], fileForce, forceInName, line);
                force(fallsWithin, columns[3], -1, null, line);
                int lsoa = columns[4];
                if (ends[lsoa] > starts[lsoa]) {
                    district = district(lsoa) + 1;
                }
                if (kind == PoliceUkFile.STREET) {
                    a = intern(types, columns[5]);
                    b = intern(outcomes, columns[6]);
                } else {
                    a = 0;
                    b = intern(outcomes, columns[5]);
                }
            }
            case STOP_AND_SEARCH -> {
                if (forceInName == null) {
                    throw new Unreadable(
                            line,
                            0,
                            "a stop-and-search file names no force in its rows, so its name must:"
                                    + " YYYY-MM-<force>-stop-and-search.csv");
                }
                force = fileForce;
                month = month(columns[1], line, true);
                a = intern(types, columns[0]);
                b = intern(outcomes, columns[2]);
            }
            default -> throw new IllegalStateException();
        }
        if (a >= 4096 || b >= 4096 || month >= 1024 || district >= 65536) {
            throw new Unreadable(line, 0, "too many different values for a police.uk file");
        }
        counts.add(((long) force << 56) | ((long) month << 46) | ((long) a << 34) | ((long) b << 22) | district, 1);
    }

    private int intern(Interner interner, int field) {
        if (escaped[field]) {
            int n = unescape(field);
            return interner.intern(scratch, 0, n);
        }
        return interner.intern(buffer, starts[field], ends[field]);
    }

    private int unescape(int field) {
        int n = 0;
        for (int i = starts[field]; i < ends[field]; i++) {
            scratch[n++] = buffer[i];
            if (buffer[i] == '"') {
                i++;
            }
        }
        return n;
    }

    private int district(int field) {
        int s = starts[field];
        int e = ends[field];
        if (escaped[field]) {
            e = unescape(field);
            s = 0;
            int space = lastSpace(scratch, s, e);
            return districts.intern(scratch, s, space);
        }
        return districts.intern(buffer, s, lastSpace(buffer, s, e));
    }

    /** An LSOA name is the district's name, a space and a code ("Babergh 001A"); a name without a code is whole. */
    private static int lastSpace(byte[] bytes, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (bytes[i] == ' ') {
                return i;
            }
        }
        return end;
    }

    private int month(int field, int line, boolean timestamp) throws Unreadable {
        int s = starts[field];
        int e = timestamp ? Math.min(ends[field], s + 7) : ends[field];
        int id = months.intern(buffer, s, e);
        if (id >= monthChecked.length) {
            monthChecked = Arrays.copyOf(monthChecked, id * 2 + 2);
        }
        if (!monthChecked[id]) {
            String text = months.value(id);
            try {
                if (text.length() != 7) {
                    throw new DateTimeParseException("", text, 0);
                }
                YearMonth.parse(text);
            } catch (DateTimeParseException ex) {
                throw new Unreadable(
                        line,
                        field + 1,
                        "'" + (timestamp ? new String(buffer, s, ends[field] - s, StandardCharsets.UTF_8) : text)
                                + "' is not a month (YYYY-MM)" + (timestamp ? " at the start of a date" : ""));
            }
            monthChecked[id] = true;
        }
        return id;
    }

    /**
     * The index of the force a column names, which must be a force, and the force of the file's name where
     * {@code fileForce} (an index, or -1 for none) is given. A name is looked up the first time any file uses it,
     * since what it names never changes; each row then only compares two numbers.
     */
    private int force(ForceColumn column, int field, int fileForce, String forceInName, int line) throws Unreadable {
        int id = intern(column.names, field);
        int index = id < column.indexes.length ? column.indexes[id] - 1 : -1;
        if (index < 0) {
            index = newForceName(column, id, field, line);
        }
        if (fileForce >= 0 && index != fileForce) {
            throw new Unreadable(
                    line,
                    field + 1,
                    "'" + column.names.value(id) + "' reported this row, but the file's name says it is " + forceInName
                            + "'s");
        }
        return index;
    }

    private int newForceName(ForceColumn column, int id, int field, int line) throws Unreadable {
        String name = column.names.value(id);
        String code = PoliceUkForces.codeOfName(name);
        if (code == null) {
            throw new Unreadable(line, field + 1, "'" + name + "' is not a police force that police.uk names");
        }
        if (id >= column.indexes.length) {
            column.indexes = Arrays.copyOf(column.indexes, id * 2 + 2);
        }
        column.indexes[id] = forceIndex(code) + 1;
        return column.indexes[id] - 1;
    }

    /**
     * The force names one column has held, with the index of the force each names, plus one (0: not looked up).
     * Every name police.uk uses is known before the first row, so in good files no row meets a new one.
     */
    private static final class ForceColumn {
        final Interner names = new Interner();
        int[] indexes = new int[64];

        ForceColumn(PoliceUkScanner scanner) {
            for (String name : PoliceUkForces.NAMES) {
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                int id = names.intern(bytes, 0, bytes.length);
                if (id >= indexes.length) {
                    indexes = Arrays.copyOf(indexes, id * 2 + 2);
                }
                indexes[id] = scanner.forceIndex(PoliceUkForces.codeOfName(name)) + 1;
            }
        }
    }

    private int forceIndex(String code) {
        int i = forceCodes.indexOf(code);
        if (i < 0) {
            forceCodes.add(code);
            i = forceCodes.size() - 1;
        }
        return i;
    }

    String forceCode(int index) {
        return forceCodes.get(index);
    }

    String month(int id) {
        return months.value(id);
    }

    String type(int id) {
        return types.value(id);
    }

    String outcome(int id) {
        return outcomes.value(id);
    }

    /** The district with an index as {@link #count} packs it, null for none. */
    String districtName(int packed) {
        return packed == 0 ? null : districts.value(packed - 1);
    }

    static boolean isAntiSocial(String type) {
        return ANTI_SOCIAL.equals(type);
    }

    private List<String> header() {
        List<String> names = new ArrayList<>(fields);
        for (int f = 0; f < Math.min(fields, MAX_FIELDS); f++) {
            int s = starts[f];
            int e = ends[f];
            byte[] source = buffer;
            if (escaped[f]) {
                e = unescape(f);
                s = 0;
                source = scratch;
            }
            names.add(new String(source, s, e - s, StandardCharsets.UTF_8).strip());
        }
        return names;
    }

    /**
     * Splits the record that starts at {@code from} into {@link #starts} and {@link #ends}.
     *
     * @return where the next record starts; {@link #NEED_MORE} if the buffer ends first (and the file does
     *     not); {@link #FAILED} with {@link #failure} set if the record is not well-formed CSV or not UTF-8
     */
    private int record(int from, int limit, boolean eof) {
        byte[] buf = buffer;
        int i = from;
        int f = 0;
        breaksInside = 0;
        while (true) {
            int s = i;
            int e;
            boolean esc = false;
            if (i < limit && buf[i] == '"') {
                i++;
                s = i;
                while (true) {
                    if (i >= limit) {
                        return eof ? fail(f, "a quoted field is not closed before the end of the file") : NEED_MORE;
                    }
                    byte b = buf[i];
                    if (b == '"') {
                        if (i + 1 >= limit && !eof) {
                            return NEED_MORE;
                        }
                        if (i + 1 < limit && buf[i + 1] == '"') {
                            esc = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (b < 0) {
                        i = utf8(i, limit, eof, f);
                        if (i < 0) {
                            return i;
                        }
                        continue;
                    }
                    if (b == '\n') {
                        breaksInside++;
                    }
                    i++;
                }
                e = i;
                i++;
                if (i < limit && buf[i] == '\r') {
                    i++;
                }
                if (i < limit && buf[i] != ',' && buf[i] != '\n') {
                    return fail(f, "a quoted field is followed by more than a comma");
                }
                if (i >= limit && !eof) {
                    return NEED_MORE;
                }
            } else {
                while (true) {
                    // Eight bytes at a time up to the first that may end the field or is not ASCII.
                    while (i + 8 <= limit) {
                        long special = special((long) LONGS.get(buf, i));
                        if (special != 0) {
                            i += Long.numberOfTrailingZeros(special) >>> 3;
                            break;
                        }
                        i += 8;
                    }
                    if (i >= limit) {
                        break;
                    }
                    byte b = buf[i];
                    if (b == ',' || b == '\n') {
                        break;
                    }
                    if (b < 0) {
                        i = utf8(i, limit, eof, f);
                        if (i < 0) {
                            return i;
                        }
                    } else {
                        i++;
                    }
                }
                if (i >= limit && !eof) {
                    return NEED_MORE;
                }
                e = i;
                if (e > s && buf[e - 1] == '\r' && (i >= limit || buf[i] == '\n')) {
                    e--;
                }
            }
            if (f < MAX_FIELDS) {
                starts[f] = s;
                ends[f] = e;
                escaped[f] = esc;
            }
            f++;
            if (i >= limit) {
                fields = f;
                return limit;
            }
            if (buf[i] == ',') {
                i++;
                continue;
            }
            fields = f;
            return i + 1;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long COMMAS = ONES * ',';
    private static final long NEWLINES = ONES * '\n';

    /**
     * A word with the high bit set in (at least) the lowest byte of eight that is a comma, a line feed or not
     * ASCII, and zero if there is none. Bits above the lowest may be wrong, which is why only it is used.
     */
    private static long special(long word) {
        long commas = word ^ COMMAS;
        long newlines = word ^ NEWLINES;
        return ((commas - ONES) & ~commas | (newlines - ONES) & ~newlines | word) & HIGHS;
    }

    private int fail(int field, String message) {
        failure = message;
        failureColumn = field + 1;
        return FAILED;
    }

    /** Checks the UTF-8 sequence that starts at {@code i}; returns where the next character starts. */
    private int utf8(int i, int limit, boolean eof, int field) {
        int lead = buffer[i] & 0xFF;
        int n;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 2;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 3;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return notUtf8(lead, field);
        }
        if (i + n >= limit) {
            if (!eof) {
                return NEED_MORE;
            }
            return notUtf8(lead, field);
        }
        for (int k = 1; k <= n; k++) {
            int c = buffer[i + k] & 0xFF;
            if (c < (k == 1 ? min : 0x80) || c > (k == 1 ? max : 0xBF)) {
                return notUtf8(lead, field);
            }
        }
        return i + n + 1;
    }

    private int notUtf8(int lead, int field) {
        return fail(field, String.format("the byte 0x%02X is not UTF-8: save the file as UTF-8", lead));
    }

    /** Small byte strings to dense numbers, for the handful of distinct values a column holds. */
    static final class Interner {
        private byte[][] slots = new byte[64][];
        private int[] slotIds = new int[64];
        private byte[][] byId = new byte[32][];
        private String[] strings = new String[32];
        private int size;
        private int last = -1;

        int intern(byte[] bytes, int start, int end) {
            if (last >= 0) {
                byte[] k = byId[last];
                if (Arrays.equals(k, 0, k.length, bytes, start, end)) {
                    return last;
                }
            }
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + bytes[i];
            }
            int mask = slots.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                byte[] k = slots[slot];
                if (k == null) {
                    break;
                }
                if (Arrays.equals(k, 0, k.length, bytes, start, end)) {
                    last = slotIds[slot];
                    return last;
                }
                slot = (slot + 1) & mask;
            }
            byte[] key = Arrays.copyOfRange(bytes, start, end);
            if (size == byId.length) {
                byId = Arrays.copyOf(byId, size * 2);
                strings = Arrays.copyOf(strings, size * 2);
            }
            byId[size] = key;
            slots[slot] = key;
            slotIds[slot] = size;
            last = size++;
            if (size * 2 > slots.length) {
                rehash();
            }
            return last;
        }

        String value(int id) {
            if (strings[id] == null) {
                strings[id] = new String(byId[id], StandardCharsets.UTF_8);
            }
            return strings[id];
        }

        private void rehash() {
            slots = new byte[slots.length * 2][];
            slotIds = new int[slots.length];
            int mask = slots.length - 1;
            for (int id = 0; id < size; id++) {
                byte[] k = byId[id];
                int h = 0;
                for (byte b : k) {
                    h = 31 * h + b;
                }
                int slot = (h ^ (h >>> 16)) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = k;
                slotIds[slot] = id;
            }
        }
    }
}
