using System.Text;

namespace CourtMetrics.Ingest;

/// <summary>
/// An import's options as a person writes them (the command's arguments, the upload form's fields), checked before
/// any byte is read, so a typo is answered at once with what is wrong.
/// </summary>
public static class ImportRequest
{
    /// <summary>The options, or null and the reason they cannot be used.</summary>
    public static (ImportOptions? Options, string? Error) Parse(string? kind, string? encoding, string? delimiter,
        bool decimalComma, bool acceptValid, IEnumerable<string> columns, string? thousands = null)
    {
        if (string.IsNullOrWhiteSpace(kind) || ImportKinds.Find(kind.Trim()) is null)
            return (null, $"kind must be one of {string.Join(", ", ImportKinds.All.Select(k => k.Name))}");
        var separator = Delimiter(delimiter);
        if (separator is null) return (null, "delimiter must be one character, e.g. , or ; or tab");
        if (separator is '"' or '\r' or '\n' || (decimalComma && separator == ','))
            return (null, $"delimiter '{separator}' cannot be used{(decimalComma ? " with a decimal comma" : "")}");
        var grouping = Thousands(thousands);
        if (thousands is not null && grouping is null)
            return (null, "thousands must be the separator of digit groups: , or . or ' or space or nbsp");
        if (grouping == (decimalComma ? "," : "."))
            return (null, $"thousands '{grouping}' is the decimal separator{(decimalComma ? " (decimal comma)" : "")}: choose another");
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var equals = column.IndexOf('=');
            if (equals <= 0 || equals == column.Length - 1)
                return (null, $"column mapping '{column}' is not product=source (e.g. source_id=Number, court='N-1')");
            // PostgreSQL text cannot hold NUL: a constant with one would fail the import on the server.
            if (column.Contains('\0')) return (null, $"column mapping '{column.Replace('\0', '\uFFFD')}' has a NUL character");
            map[column[..equals].Trim()] = column[(equals + 1)..].Trim();
        }
        var options = new ImportOptions
        {
            Kind = kind.Trim(), Encoding = string.IsNullOrWhiteSpace(encoding) ? "utf-8" : encoding.Trim(),
            Delimiter = separator.Value, DecimalComma = decimalComma, Thousands = grouping, AcceptValid = acceptValid, Columns = map,
        };
        return KnownEncoding(options) ? (options, null) : (null, $"encoding '{options.Encoding}' is not known (e.g. utf-8, windows-1252, cp1251)");
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
