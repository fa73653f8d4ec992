using System.Text;
using CourtMetrics.Ingest;

namespace CourtMetrics.Tests.Ingest.Fuzz;

/// <summary>One fuzzed file: its kind, bytes and options; Clean when every row is good and the file well formed.</summary>
public sealed record CsvCase(int Number, string Kind, byte[] Bytes, ImportOptions Options, bool Clean, int Rows, string Mutations)
{
    public string Preview() => $"{Kind}, accept-valid {Options.AcceptValid}, delimiter '{Options.Delimiter}', {Bytes.Length:N0} bytes, " +
                               $"{Rows} rows, mutations: {Mutations}; starts: {FuzzText.Escape(Encoding.UTF8.GetString(Bytes), 600)}";
}

/// <summary>
/// Random CSV files for the three import kinds: good rows of the kind (ids unique to the case, so what an accepted
/// file adds can be told apart), then bad field values (dates, numbers, unicode, huge text), shuffled, renamed,
/// missing and extra header columns, random headers, and damage to the text itself: wrong field counts, broken
/// quotes, random bytes, BOMs, truncation, empty files.
/// </summary>
public static class CsvFuzz
{
    /// <summary>Upload options people get wrong, added to the query of a file that is not clean.</summary>
    public static readonly string[] UploadExtras =
    [
        "", "", "", "&encoding=klingon", "&encoding=utf-16", "&encoding=windows-1252", "&decimalComma=true", "&column=court%3D'%00'",
        "&column=court%3D'N-1'", "&column=source_id%3D'x'", "&column=nonsense", "&column=court%3DNope", "&column=%3D", "&column=a%00%3Db",
        "&column=incoming%3Dincoming%2Bresolved", "&fileName=..%2F..%2Fetc%2Fpasswd", "&fileName=%00",
    ];

    public static CsvCase Next(Random random, int number)
    {
        var values = new FuzzValues(random);
        var kind = values.Pick(ImportKinds.All);
        var mutations = new List<string>();
        var delimiter = values.Chance(0.8) ? ',' : values.Pick([';', '\t', '|']);
        var header = kind.Columns.Select(c => c.Name).ToList();
        if (values.Chance(0.3)) { header = [.. header.OrderBy(_ => random.Next())]; mutations.Add("columns shuffled"); }
        if (values.Chance(0.1)) { header = header.Select(h => h.ToUpperInvariant()).ToList(); mutations.Add("header in capitals"); }
        var clean = !values.Chance(0.75);
        if (!clean && values.Chance(0.15)) { header.RemoveAt(random.Next(header.Count)); mutations.Add("a column missing"); }
        if (!clean && values.Chance(0.1)) { header.Add(values.Bad("text")); mutations.Add("an extra column"); }
        if (!clean && values.Chance(0.05)) { header = [.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => values.RandomText(random.Next(1, 12)))]; mutations.Add("random header"); }

        var rows = new List<string[]>();
        for (var r = 0; r < random.Next(0, 16); r++)
        {
            var good = GoodRow(kind.Name, values, random, number, r);
            var row = header.Select(h => good.TryGetValue(h.ToLowerInvariant(), out var v) ? v : values.Bad()).ToArray();
            if (!clean && values.Chance(0.4))
            {
                // Ids and codes (the first columns of every kind) are the keys of unique indexes: aimed at more often.
                var at = values.Chance(0.3) ? random.Next(Math.Min(2, row.Length)) : random.Next(row.Length);
                row[at] = values.Bad(values.Pick(["text", "date", "number", "number", "date", "huge", "huge"]));
                mutations.Add($"row {r + 2}: {header[at]} = {FuzzText.Escape(row[at], 40)}");
            }
            if (!clean && values.Chance(0.05)) { rows.Add(row); mutations.Add($"row {r + 2} repeated"); }
            rows.Add(row);
        }

        var newline = values.Chance(0.3) ? "\r\n" : "\n";
        var text = new StringBuilder(Line(header, delimiter));
        foreach (var row in rows) text.Append(newline).Append(Line(row, delimiter));
        if (values.Chance(0.5)) text.Append(newline);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (values.Chance(0.15)) { bytes = [0xEF, 0xBB, 0xBF, .. bytes]; mutations.Add("UTF-8 BOM"); }
        if (!clean) bytes = Damage(values, random, bytes, delimiter, mutations);
        var options = new ImportOptions { Kind = kind.Name, Delimiter = delimiter, AcceptValid = values.Chance(0.3) };
        return new CsvCase(number, kind.Name, bytes, options, clean, rows.Count, mutations.Count == 0 ? "none" : string.Join("; ", mutations));
    }

    private static Dictionary<string, string> GoodRow(string kind, FuzzValues values, Random random, int number, int row)
    {
        var ago = random.Next(1, 1000);
        var filed = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-ago);
        return kind switch
        {
            "cases" => new()
            {
                ["source_system"] = $"fz{number}", ["source_id"] = $"c{row}", ["court"] = values.Court(), ["category"] = values.Category(),
                ["filed_on"] = filed.ToString("yyyy-MM-dd"),
                ["disposed_on"] = values.Chance(0.5) ? "" : filed.AddDays(random.Next(0, ago)).ToString("yyyy-MM-dd"),
                ["filing_channel"] = values.Pick(["electronic", "paper"]), ["extraterritorial"] = values.Pick(["true", "false", "yes", "0", ""]),
                ["ai_assisted"] = values.Pick(["1", "no", "TRUE", ""]),
            },
            "budget-lines" => new()
            {
                ["source_system"] = $"fz{number}", ["source_id"] = $"b{row}", ["court"] = values.Court(), ["fiscal_year"] = values.Year(),
                ["item"] = values.Pick(["personnel", "operations", "technology", "capital"]), ["allocated"] = values.Pick(["1850000.00", "0", "12.5"]),
                ["spent"] = values.Pick(["", "100", "0.01"]), ["booked_on"] = values.PastDate(),
            },
            // A day of its own for every report of every case: reports of one court never overlap, so a clean file is never refused.
            "reports" => new()
            {
                ["court"] = values.Court(), ["category"] = values.Pick(["", values.Category()]),
                ["period"] = $"{new DateOnly(1900, 1, 1).AddDays(number * 20 + row):yyyy-MM-dd}/{new DateOnly(1900, 1, 1).AddDays(number * 20 + row):yyyy-MM-dd}",
                ["incoming"] = values.Pick(["12", "0", ""]), ["resolved"] = "10", ["pending_start"] = "", ["pending_end"] = "",
                ["backlog"] = "", ["e_filed"] = "3", ["video_hearings"] = "", ["judgments_published"] = "", ["spending"] = values.Pick(["", "1500.25"]),
            },
            _ => new()
            {
                ["unit"] = $"FZ{number}-{row}", ["year"] = values.Year(), ["unit_name"] = values.Pick(["Kyrgyzstan", "Қазақстан", "São Paulo"]),
                ["unit_kind"] = values.Pick(["court", "section", "region", "country", "other", ""]), ["parent_unit"] = "",
                ["incoming"] = "212000", ["resolved"] = "205500", ["pending_start"] = "", ["pending_end"] = "47500",
                ["spending"] = "58000000.00", ["population"] = "7000000", ["gdp"] = "", ["judges"] = "480",
            },
        };
    }

    // RFC 4180: a field with the delimiter, a quote or a line break is quoted, its quotes doubled.
    private static string Line(IEnumerable<string> fields, char delimiter) => string.Join(delimiter, fields.Select(f =>
        f.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 || f != f.Trim() ? $"\"{f.Replace("\"", "\"\"")}\"" : f));

    private static byte[] Damage(FuzzValues values, Random random, byte[] bytes, char delimiter, List<string> mutations)
    {
        switch (random.Next(10))
        {
            case 0 when bytes.Length > 0:
                var cut = random.Next(bytes.Length);
                mutations.Add($"truncated at byte {cut}");
                return bytes[..cut];
            case 1:
                var at = random.Next(bytes.Length + 1);
                mutations.Add($"random bytes at {at}");
                return [.. bytes[..at], .. values.RandomBytes(random.Next(1, 64)), .. bytes[at..]];
            case 2:
                var quote = random.Next(bytes.Length + 1);
                mutations.Add($"a stray quote at {quote}");
                return [.. bytes[..quote], (byte)'"', .. bytes[quote..]];
            case 3:
                var field = random.Next(bytes.Length + 1);
                mutations.Add($"an extra delimiter at {field}");
                return [.. bytes[..field], (byte)delimiter, .. bytes[field..]];
            case 4:
                mutations.Add(values.Chance(0.5) ? "empty file" : "only a BOM");
                return mutations[^1] == "empty file" ? [] : [0xEF, 0xBB, 0xBF];
            case 5:
                mutations.Add("UTF-16 BOM and text");
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))];
            case 6:
                mutations.Add("random file");
                return values.RandomBytes(random.Next(0, 4096));
            default:
                return bytes;
        }
    }
}

public static class FuzzText
{
    /// <summary>Text for a failure message: control and invisible characters escaped, cut to a length.</summary>
    public static string Escape(string text, int max)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
            shown.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u200b' or '\u200f' or '\u202e' or '\ufeff' ? $"\\u{(int)c:x4}" : c);
        return text.Length > max ? $"{shown}… ({text.Length:N0} chars)" : shown.ToString();
    }
}
