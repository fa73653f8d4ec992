using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace CourtMetrics.Charts;

/// <summary>
/// A 16:9 PowerPoint deck of pages: a title (with headline figures, if any), charts as pictures (each one's title as
/// the picture's description), a closing page with a QR code and its address (DeckPages draws the title and closing
/// pages). The master, layout and theme are the smallest the OpenXml validator accepts.
/// </summary>
public static partial class PptxDeck
{
    internal const long Width = 12_192_000, Height = 6_858_000; // EMU, 13.333 × 7.5 in
    internal const long Margin = 300_000;

    public abstract record Page;

    public sealed record ChartPage(string Title, byte[] Png, int PixelWidth, int PixelHeight) : Page;

    /// <summary>A figure of a title page: its value with its unit, what it is, and its own period when not the page's.</summary>
    public sealed record Figure(string Value, string Label, string? Note);

    public sealed record TitlePage(string Title, string Subtitle, IReadOnlyList<Figure> Figures) : Page;

    public sealed record ClosingPage(string Title, string Hint, byte[] QrPng, int QrPixels, string Address) : Page;

    public static byte[] Build(string language, IReadOnlyList<Page> pages)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var layout = master.AddNewPart<SlideLayoutPart>("rId1");
            layout.SlideLayout = new SlideLayout(new CommonSlideData(EmptyTree()), new ColorMapOverride(new A.MasterColorMapping()));
            layout.AddPart(master);
            master.AddNewPart<ThemePart>("rId2").Theme = DeckTheme.Create();
            master.SlideMaster = new SlideMaster(new CommonSlideData(EmptyTree()), DeckTheme.ColorMap(),
                new SlideLayoutIdList(new SlideLayoutId { Id = 2147483649U, RelationshipId = "rId1" }),
                new TextStyles(new TitleStyle(), new BodyStyle(), new OtherStyle()));
            presentation.AddPart(master.ThemePart!, "rId2");

            var slides = new SlideIdList();
            presentation.Presentation = new DocumentFormat.OpenXml.Presentation.Presentation(
                new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = "rId1" }),
                slides,
                new SlideSize { Cx = (int)Width, Cy = (int)Height },
                new NotesSize { Cx = Height, Cy = Width },
                new DefaultTextStyle());
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                AddSlide(presentation, layout, slides, 3 + i, (tree, slide) =>
                {
                    switch (page)
                    {
                        case TitlePage title: Title(tree, title, language); break;
                        case ClosingPage closing: Closing(tree, slide, closing, language); break;
                        case ChartPage chart:
                            var box = (Width - 2 * Margin, Height - 2 * Margin);
                            tree.Append(Picture(Embed(slide, chart.Png), 2, "Chart", chart.Title, chart.PixelWidth, chart.PixelHeight, (Margin, Margin), box));
                            break;
                    }
                });
            }
            presentation.Presentation.Save();
        }
        return stream.ToArray();
    }

    private static void AddSlide(PresentationPart presentation, SlideLayoutPart layout, SlideIdList slides, int number, Action<ShapeTree, SlidePart> fill)
    {
        var part = presentation.AddNewPart<SlidePart>($"rId{number}");
        part.AddPart(layout);
        var tree = EmptyTree();
        fill(tree, part);
        part.Slide = new DocumentFormat.OpenXml.Presentation.Slide(new CommonSlideData(tree), new ColorMapOverride(new A.MasterColorMapping()));
        slides.Append(new SlideId { Id = (uint)(256 + slides.Count()), RelationshipId = $"rId{number}" });
    }

    private static ShapeTree EmptyTree() => new(
        new NonVisualGroupShapeProperties(new NonVisualDrawingProperties { Id = 1U, Name = "" },
            new NonVisualGroupShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
        new GroupShapeProperties(new A.TransformGroup()));

    private static string Embed(SlidePart slide, byte[] bytes)
    {
        var image = slide.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(bytes)) image.FeedData(png);
        return slide.GetIdOfPart(image);
    }

    private static Shape TextBox(uint id, string name, string text, string language, int hundredthsOfPoint, bool bold,
        long x, long y, long cx, long cy, bool centred = false) => new(
        new NonVisualShapeProperties(new NonVisualDrawingProperties { Id = id, Name = name },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }), new ApplicationNonVisualDrawingProperties()),
        new ShapeProperties(Frame(x, y, cx, cy), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }),
        new TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square }, new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties { Alignment = centred ? A.TextAlignmentTypeValues.Center : A.TextAlignmentTypeValues.Left }, new A.Run(
                new A.RunProperties(new A.LatinFont { Typeface = ChartFonts.Family }, new A.ComplexScriptFont { Typeface = ChartFonts.Family })
                    { Language = Culture(language), FontSize = hundredthsOfPoint, Bold = bold },
                new A.Text(text)))));

    /// <summary>An image fitted into a box (its top left corner and size), keeping its proportions, centred in it.</summary>
    private static Picture Picture(string relationshipId, uint id, string name, string description, int pixelWidth, int pixelHeight,
        (long X, long Y) at, (long Width, long Height) box)
    {
        var ratio = Math.Min((double)box.Width / pixelWidth, (double)box.Height / pixelHeight);
        var (cx, cy) = ((long)(pixelWidth * ratio), (long)(pixelHeight * ratio));
        return new Picture(
            new NonVisualPictureProperties(new NonVisualDrawingProperties { Id = id, Name = name, Description = description },
                new NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }), new ApplicationNonVisualDrawingProperties()),
            new BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new ShapeProperties(Frame(at.X + (box.Width - cx) / 2, at.Y + (box.Height - cy) / 2, cx, cy),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    private static A.Transform2D Frame(long x, long y, long cx, long cy) =>
        new(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy });

    private static string Culture(string language) => ChartText.Culture(language).Name;
}
