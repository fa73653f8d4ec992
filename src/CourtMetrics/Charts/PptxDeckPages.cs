using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;

namespace CourtMetrics.Charts;

/// <summary>The deck's title page (its headline figures three to a row) and closing page (a QR code beside its address).</summary>
public static partial class PptxDeck
{
    private static void Title(ShapeTree tree, TitlePage page, string language)
    {
        var inner = Width - Margin * 6;
        if (page.Figures.Count == 0)
        {
            tree.Append(TextBox(2, "Title", page.Title, language, 4000, true, Margin * 3, Height / 3, inner, 1_200_000));
            tree.Append(TextBox(3, "Subtitle", page.Subtitle, language, 1800, false, Margin * 3, Height / 3 + 1_300_000, inner, 1_500_000));
            return;
        }
        tree.Append(TextBox(2, "Title", page.Title, language, 3600, true, Margin * 3, Margin * 2, inner, 1_000_000));
        tree.Append(TextBox(3, "Subtitle", page.Subtitle, language, 1800, false, Margin * 3, Margin * 2 + 1_000_000, inner, 600_000));
        const int columns = 3;
        var (cellWidth, cellHeight, top) = (inner / columns, 1_900_000L, Margin * 2 + 1_800_000);
        for (var i = 0; i < page.Figures.Count; i++)
        {
            var (figure, x, y) = (page.Figures[i], Margin * 3 + i % columns * cellWidth, top + i / columns * cellHeight);
            var id = (uint)(4 + i * 2);
            tree.Append(TextBox(id, $"Figure {i + 1}", figure.Value, language, 4400, true, x, y, cellWidth - Margin, 800_000));
            var label = figure.Note is null ? figure.Label : $"{figure.Label} ({figure.Note})";
            tree.Append(TextBox(id + 1, $"Figure {i + 1} label", label, language, 1400, false, x, y + 800_000, cellWidth - Margin, 900_000));
        }
    }

    private static void Closing(ShapeTree tree, SlidePart slide, ClosingPage page, string language)
    {
        var side = Height - Margin * 2 - 1_500_000;
        tree.Append(TextBox(2, "Title", page.Title, language, 3600, true, Margin * 3, Margin * 2, Width - Margin * 6, 900_000));
        tree.Append(Picture(Embed(slide, page.QrPng), 3, "QR code", page.Address, page.QrPixels, page.QrPixels,
            (Margin * 3, Margin * 2 + 1_100_000), (side, side)));
        var textX = Margin * 4 + side;
        tree.Append(TextBox(4, "Address", page.Address, language, 2800, true, textX, Height / 2 - 600_000, Width - textX - Margin * 3, 900_000));
        tree.Append(TextBox(5, "Hint", page.Hint, language, 1800, false, textX, Height / 2 + 400_000, Width - textX - Margin * 3, 900_000));
    }
}
