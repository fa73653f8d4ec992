using System.Text;
using CourtMetrics.Site;

namespace CourtMetrics.Ingest;

/// <summary>
/// An import's options as a person writes them (the command's arguments, the upload form's fields), checked before
/// any byte is read, so a typo is answered at once with what is wrong.
/// </summary>
public static class ImportRequest
{
    /// <summary>The options, or null and the reason they cannot be used (said in the reader's language).</summary>
    public static (ImportOptions? Options, Phrase? Error) Parse(string? kind, string? encoding, string? delimiter,
        bool decimalComma, bool acceptValid, IEnumerable<string> columns, string? thousands = null)
    {
        if (string.IsNullOrWhiteSpace(kind) || ImportKinds.Find(kind.Trim()) is null)
            return (null, new("importKind", string.Join(", ", ImportKinds.All.Select(k => k.Name))));
        var separator = Delimiter(delimiter);
        if (separator is null) return (null, new("importDelimiter"));
        if (separator is '"' or '\r' or '\n' || (decimalComma && separator == ','))
            return (null, decimalComma ? new("importDelimiterDecimalComma", separator) : new("importDelimiterRefused", separator));
        var grouping = Thousands(thousands);
        if (thousands is not null && grouping is null)
            return (null, new("importThousands"));
        if (grouping == (decimalComma ? "," : "."))
            return (null, new(decimalComma ? "importThousandsDecimalComma" : "importThousandsDecimal", grouping));
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var equals = column.IndexOf('=');
            if (equals <= 0 || equals == column.Length - 1)
                return (null, new("importColumnMapping", column));
            // PostgreSQL text cannot hold NUL: a constant with one would fail the import on the server.
            if (column.Contains('\0')) return (null, new("importColumnNul", column.Replace('\0', '\uFFFD')));
            map[column[..equals].Trim()] = column[(equals + 1)..].Trim();
        }
        var options = new ImportOptions
        {
            Kind = kind.Trim(), Encoding = string.IsNullOrWhiteSpace(encoding) ? "utf-8" : encoding.Trim(),
            Delimiter = separator.Value, DecimalComma = decimalComma, Thousands = grouping, AcceptValid = acceptValid, Columns = map,
        };
        return KnownEncoding(options) ? (options, null) : (null, new Phrase("importEncoding", options.Encoding));
    }

    private static string? Thousands(string? text) => text switch
    {
        null or "" => null,
        "," or "." or "'" => text,
        "space" or " " => " ",
        "nbsp" or "\u00a0" => "\u00a0",
        _ => null,
    };

    private static char? Delimiter(string? text) => text switch
    {
        null or "" => ',',
        "tab" or "\\t" => '\t',
        { Length: 1 } => text[0],
        _ => null,
    };

    private static bool KnownEncoding(ImportOptions options)
    {
        try
        {
            return options.TextEncoding() is Encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
