using System.ComponentModel.DataAnnotations;
using System.Text;

namespace CourtMetrics.Ingest;

/// <summary>
/// One import's request. Columns maps a product column to what fills it, so a foreign file (e.g. CNJ's) imports
/// without editing: "cn1" (a source column by header name, case-insensitive), "cn1+cnje" (the sum of several
/// columns for a number; for text, their values joined with '_', e.g. "Sigla+secao" → "TRF1_DF"), or "'section'"
/// (a constant). Product columns not mapped are looked up by their own name.
/// </summary>
public sealed record ImportOptions
{
    public required string Kind { get; init; }
    public string Encoding { get; init; } = "utf-8";
    public char Delimiter { get; init; } = ',';
    /// <summary>Numbers written 1234,56 (the delimiter must then not be a comma).</summary>
    public bool DecimalComma { get; init; }
    /// <summary>The separator of digit groups in numbers ("11,608", "1.234,5", "1 234"), or null for none.</summary>
    public string? Thousands { get; init; }
    /// <summary>Write the good rows and return the rejected ones as CSV, instead of writing nothing.</summary>
    public bool AcceptValid { get; init; }
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    static ImportOptions() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text decoding: undecodable bytes become U+FFFD, which the reader reports by line and column;
    /// "cp1252" style names are code pages by number.</summary>
    public Encoding TextEncoding() => Encoding.Replace("_", "-").ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
        var name when name.StartsWith("cp") && int.TryParse(name[2..], out var codePage) => System.Text.Encoding.GetEncoding(codePage),
        _ => System.Text.Encoding.GetEncoding(Encoding),
    };
}

/// <summary>Limits of every import (configuration section "Ingest"), checked at start.</summary>
public sealed class IngestOptions
{
    [Range(1, long.MaxValue)] public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;
    [Range(1, int.MaxValue)] public int MaxRows { get; set; } = 20_000_000;
    /// <summary>Problems listed in full in a report; beyond them, totals by reason.</summary>
    [Range(1, 100_000)] public int ReportedProblems { get; set; } = 1000;
}
