using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace CourtMetrics.Charts;

/// <summary>
/// A 16:9 PowerPoint deck: a title slide, then one slide per chart with the chart as a picture (its title as the
/// picture's description). The master, layout and theme are the smallest the OpenXml validator accepts.
/// </summary>
public static class PptxDeck
{
    private const long Width = 12_192_000, Height = 6_858_000; // EMU, 13.333 × 7.5 in
    private const long Margin = 300_000;

    public sealed record Slide(string Title, byte[] Png, int PixelWidth, int PixelHeight);

    public static byte[] Build(string title, string subtitle, string language, IReadOnlyList<Slide> charts)
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
            AddSlide(presentation, layout, slides, 3, tree =>
            {
                tree.Append(TextBox(2, "Title", title, language, 4000, true, Margin * 3, Height / 3, Width - Margin * 6, 1_200_000));
                tree.Append(TextBox(3, "Subtitle", subtitle, language, 1800, false, Margin * 3, Height / 3 + 1_300_000, Width - Margin * 6, 1_500_000));
            });
            for (var i = 0; i < charts.Count; i++)
            {
                var chart = charts[i];
                AddSlide(presentation, layout, slides, 4 + i, (tree, slide) =>
                {
                    var image = slide.AddImagePart(ImagePartType.Png);
                    using (var png = new MemoryStream(chart.Png)) image.FeedData(png);
                    tree.Append(Picture(slide.GetIdOfPart(image), chart));
                });
            }
            presentation.Presentation.Save();
        }
        return stream.ToArray();
    }

    private static void AddSlide(PresentationPart presentation, SlideLayoutPart layout, SlideIdList slides, int number, Action<ShapeTree> fill) =>
        AddSlide(presentation, layout, slides, number, (tree, _) => fill(tree));

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

    private static Shape TextBox(uint id, string name, string text, string language, int hundredthsOfPoint, bool bold,
        long x, long y, long cx, long cy) => new(
        new NonVisualShapeProperties(new NonVisualDrawingProperties { Id = id, Name = name },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }), new ApplicationNonVisualDrawingProperties()),
        new ShapeProperties(Frame(x, y, cx, cy), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }),
        new TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square }, new A.ListStyle(),
            new A.Paragraph(new A.Run(
                new A.RunProperties(new A.LatinFont { Typeface = ChartFonts.Family }, new A.ComplexScriptFont { Typeface = ChartFonts.Family })
                    { Language = Culture(language), FontSize = hundredthsOfPoint, Bold = bold },
                new A.Text(text)))));

    private static Picture Picture(string relationshipId, Slide chart)
    {
        // Fit the image into the slide inside the margins, keeping its proportions.
        var (boxWidth, boxHeight) = (Width - 2 * Margin, Height - 2 * Margin);
        var ratio = Math.Min((double)boxWidth / chart.PixelWidth, (double)boxHeight / chart.PixelHeight);
        var (cx, cy) = ((long)(chart.PixelWidth * ratio), (long)(chart.PixelHeight * ratio));
        return new Picture(
            new NonVisualPictureProperties(new NonVisualDrawingProperties { Id = 2U, Name = "Chart", Description = chart.Title },
                new NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }), new ApplicationNonVisualDrawingProperties()),
            new BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new ShapeProperties(Frame((Width - cx) / 2, (Height - cy) / 2, cx, cy),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    private static A.Transform2D Frame(long x, long y, long cx, long cy) =>
        new(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy });

    private static string Culture(string language) => ChartText.Culture(language).Name;
}
