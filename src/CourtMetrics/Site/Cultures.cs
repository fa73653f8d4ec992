using System.Globalization;

namespace CourtMetrics.Site;

/// <summary>
/// The .NET culture each language of the product writes its numbers and dates with on the server — en-GB, kk-KZ,
/// ru-RU, as wwwroot/js/locale-rules.js does on the page: the chart images (ChartText) and the server's messages
/// (Messages). Here, beneath both, so that neither reaches into the other for it.
/// </summary>
public static class Cultures
{
    private static readonly Dictionary<string, CultureInfo> ByLanguage = new()
    {
        ["en"] = CultureInfo.GetCultureInfo("en-GB"),
        ["kk"] = CultureInfo.GetCultureInfo("kk-KZ"),
        ["ru"] = CultureInfo.GetCultureInfo("ru-RU"),
    };

    public static CultureInfo Of(string language) => ByLanguage[language];
}
