using SkiaSharp;

namespace CourtMetrics.Charts;

/// <summary>
/// DejaVu Sans (Debian's fonts-dejavu-core, installed by run.sh and the Docker image) covers Latin, Kazakh Cyrillic,
/// Kazakh Latin and Russian. Every chart text is drawn with it; SVGs carry its outlines rather than a font name.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    public static SKTypeface Regular { get; } = Resolve(SKFontStyle.Normal);
    public static SKTypeface Bold { get; } = Resolve(SKFontStyle.Bold);

    /// <summary>True when every character of the text has a glyph (no missing-glyph box) in the face charts use.</summary>
    public static bool Covers(string text, bool bold = false)
    {
        using var font = new SKFont(bold ? Bold : Regular);
        var glyphs = font.GetGlyphs(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()));
        return glyphs.All(g => g != 0);
    }

    private static SKTypeface Resolve(SKFontStyle style) =>
        SKFontManager.Default.MatchFamily(Family, style) is { } face && face.FamilyName == Family
            ? face
            : SKTypeface.FromFamilyName(Family, style) ?? SKTypeface.Default;
}
