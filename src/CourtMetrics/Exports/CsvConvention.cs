using System.Globalization;

namespace CourtMetrics.Exports;

/// <summary>
/// The separators a spreadsheet expects in the reader's language: Excel set to English splits on ',' and reads '.'
/// as the decimal point; set to Russian or Kazakh it splits on ';' and reads ','. A reader whose Excel is set
/// otherwise than the page's language chooses with csv=comma|semicolon.
/// </summary>
public sealed record CsvConvention(string Name, char Separator, NumberFormatInfo Numbers)
{
    public static readonly CsvConvention Comma = new("comma", ',', NumberFormatInfo.InvariantInfo);
    public static readonly CsvConvention Semicolon = new("semicolon", ';', new NumberFormatInfo { NumberDecimalSeparator = ",", NegativeSign = "-" });

    public static CsvConvention Of(string language) => language is "ru" or "kk" ? Semicolon : Comma;

    /// <summary>A file's own separator (the rejected rows of a command-line import): a ';' or tab file keeps the decimal
    /// comma only when its numbers had one.</summary>
    public static CsvConvention WithSeparator(char separator, bool decimalComma) =>
        separator == ',' ? Comma : new($"'{separator}'", separator, decimalComma ? Semicolon.Numbers : NumberFormatInfo.InvariantInfo);

    /// <summary>The convention of the language, or the one csv= names; an unknown name is refused naming the parameter.</summary>
    public static bool TryParse(string? asked, string language, out CsvConvention convention, out string error)
    {
        (convention, error) = (Of(language), "");
        switch (asked)
        {
            case null or "": return true;
            case "comma": convention = Comma; return true;
            case "semicolon": convention = Semicolon; return true;
            default:
                error = $"csv '{Shown(asked)}' is not comma or semicolon";
                return false;
        }
    }

    /// <summary>A value quoted back in a refusal, cut short: the reader sees which, not all of it.</summary>
    public static string Shown(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
