package org.scrutiny.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed row by row. Cells are read as the text a CSV export
 * would hold: numbers as written, dates as ISO dates, formulas as their last calculated value.
 */
final class XlsxDataFile extends DataFile {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int lastLine;

    XlsxDataFile(Path file) {
        ReadableWorkbook opened = null;
        try {
            // Cell formats are read only to tell a date from a number.
            opened = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            workbook = opened;
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            closeQuietly(opened);
            throw damaged(0, e);
        }
    }

    @Override
    DataRow next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            String[] cells = new String[row.getCellCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = textOf(row.getCell(i));
            }
            lastLine = row.getRowNum();
            return new DataRow(lastLine, cells);
        } catch (RuntimeException e) {
            // The reader reports a damaged part of the archive or its XML with several kinds of
            // unchecked exception, wherever in the sheet the damage lies.
            throw damaged(lastLine + 1, e);
        }
    }

    private String textOf(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case NUMBER -> isDate(cell) ? dateOf(cell.getRawValue()) : plain(cell.getRawValue());
            case BOOLEAN, ERROR, FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private String dateOf(String serial) {
        LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
        return epoch.plusDays(new BigDecimal(serial).longValue()).toString();
    }

    /** Numbers as Excel stores them ("1.5E-3"), written out plainly so that they read as typed. */
    private static String plain(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return raw == null ? "" : raw;
        }
    }

    /** Whether a number is shown as a date: Excel's built-in date formats, or a custom one of d, m and y. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 17) || id == 22)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d") && bare.contains("m");
    }

    @Override
    String cellName(int line, int column) {
        return " (cell " + new CellAddress(line - 1, column - 1) + ")";
    }

    @Override
    String format() {
        return "xlsx";
    }

    private static UnreadableFileException damaged(int line, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UnreadableFileException(
                line, "cannot read the workbook: it is damaged, truncated or not an XLSX file (" + detail + ")", e);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one worth reporting.
            }
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException | UncheckedIOException ignored) {
            // Only read from; nothing is lost by a failed close.
        }
    }
}
