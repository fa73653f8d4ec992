using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace CourtMetrics.Tests.Presentation;

/// <summary>Reads a QR code in an image as a phone's scanner does (ZXing), not by knowing how it was drawn.</summary>
public static class QrCodes
{
    /// <summary>The text of the QR code in a PNG (a screenshot, a deck's picture), or null when none is found.</summary>
    public static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var gray = new byte[bitmap.Width * bitmap.Height];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++) gray[i] = (byte)((pixels[i].Red * 299 + pixels[i].Green * 587 + pixels[i].Blue * 114) / 1000);
        var source = new RGBLuminanceSource(gray, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        try
        {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true })?.Text;
        }
        catch (ReaderException)
        {
            return null;
        }
    }
}
