package dev.vigil.app.monitor;

import dev.vigil.app.csv.CsvInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cuts a log into periods: consecutive runs of {@code BATCH_SIZE} rows (the last one shorter when
 * the rows do not divide evenly), or UTC calendar days / ISO weeks (Monday 00:00 UTC) of a
 * timestamp column, the non-empty ones in time order.
 */
final class PeriodSplit {

  /** The calendar unit of {@code --period}. */
  enum Unit {
    DAY,
    WEEK;

    static Unit of(String text) {
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "day" -> DAY;
        case "week" -> WEEK;
        default -> throw new IllegalArgumentException("--period: day or week, got '" + text + "'");
      };
    }
  }

  private PeriodSplit() {}

  static List<Period> byBatch(int rows, int batchSize) {
    List<Period> periods = new ArrayList<>();
    for (int from = 0; from < rows; from += batchSize) {
      int to = (int) Math.min(rows, (long) from + batchSize);
      int[] members = new int[to - from];
      for (int i = 0; i < members.length; i++) {
        members[i] = from + i;
      }
      periods.add(new Period(periods.size(), members, Optional.empty(), Optional.empty()));
    }
    return periods;
  }

  static List<Period> byCalendar(LogFile file, String timestampColumn, Unit unit) {
    int column = file.column(timestampColumn);
    if (column < 0) {
      throw new CsvInputException(
          file.source()
              + ": --timestamp-column '"
              + timestampColumn
              + "' is not a column of the file; columns: "
              + file.header());
    }
    Map<Instant, List<Integer>> buckets = new TreeMap<>();
    for (int row = 0; row < file.size(); row++) {
      Instant start = bucketStart(instant(file, row, column), unit);
      buckets.computeIfAbsent(start, k -> new ArrayList<>()).add(row);
    }
    List<Period> periods = new ArrayList<>();
    buckets.forEach(
        (start, rows) ->
            periods.add(
                new Period(
                    periods.size(),
                    rows.stream().mapToInt(Integer::intValue).toArray(),
                    Optional.of(start),
                    Optional.of(start.plus(unit == Unit.DAY ? 1 : 7, ChronoUnit.DAYS)))));
    return periods;
  }

  private static Instant bucketStart(Instant instant, Unit unit) {
    LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
    if (unit == Unit.WEEK) {
      day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** ISO-8601 instant, local date-time or date (taken as UTC), or Unix seconds. */
  static Instant instant(LogFile file, int row, int column) {
    String cell = file.rows().get(row)[column].strip();
    try {
      return Instant.parse(cell);
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDateTime.parse(cell.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notDateTime) {
        try {
          return LocalDate.parse(cell).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          try {
            return Instant.ofEpochMilli(Math.round(Double.parseDouble(cell) * 1000));
          } catch (NumberFormatException notNumber) {
            throw PredictionLog.problem(
                file, row, column, "'" + cell + "' is not a timestamp (ISO-8601 or Unix seconds)");
          }
        }
      }
    }
  }
}
