using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace CourtMetrics.Charts;

/// <summary>The Office theme every deck needs: plain colours, DejaVu Sans, and the three fill/line/effect styles it requires.</summary>
internal static class DeckTheme
{
    public static ColorMap ColorMap() => new()
    {
        Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
        Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
        Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
        Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4,
        Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
        Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
    };

    public static A.Theme Create() => new(
        new A.ThemeElements(
            new A.ColorScheme(
                new A.Dark1Color(Rgb("1F2933")), new A.Light1Color(Rgb("FFFFFF")),
                new A.Dark2Color(Rgb("0F2A47")), new A.Light2Color(Rgb("F3F5F8")),
                new A.Accent1Color(Rgb("1D4ED8")), new A.Accent2Color(Rgb("047857")), new A.Accent3Color(Rgb("7C3AED")),
                new A.Accent4Color(Rgb("B45309")), new A.Accent5Color(Rgb("0E7490")), new A.Accent6Color(Rgb("BE185D")),
                new A.Hyperlink(Rgb("1D4ED8")), new A.FollowedHyperlinkColor(Rgb("7C3AED"))) { Name = "CourtMetrics" },
            new A.FontScheme(Fonts<A.MajorFont>(), Fonts<A.MinorFont>()) { Name = "CourtMetrics" },
            new A.FormatScheme(
                new A.FillStyleList(Solid(), Solid(), Solid()),
                new A.LineStyleList(Line(), Line(), Line()),
                new A.EffectStyleList(Effect(), Effect(), Effect()),
                new A.BackgroundFillStyleList(Solid(), Solid(), Solid())) { Name = "CourtMetrics" }),
        new A.ObjectDefaults(),
        new A.ExtraColorSchemeList()) { Name = "CourtMetrics" };

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };

    private static T Fonts<T>() where T : DocumentFormat.OpenXml.OpenXmlCompositeElement, new()
    {
        var fonts = new T();
        fonts.Append(new A.LatinFont { Typeface = ChartFonts.Family }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" });
        return fonts;
    }

    private static A.SolidFill Solid() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line() => new(Solid()) { Width = 9525 };

    private static A.EffectStyle Effect() => new(new A.EffectList());
}
