using QRCoder;

namespace CourtMetrics.Presentation;

/// <summary>The presentation (configuration section "Presentation"), checked at start.</summary>
public sealed class PresentationOptions
{
    /// <summary>
    /// The public dashboard's address the closing slide and the deck show as a QR code and in text
    /// (https://courts.example/); unset, the site's own address as the screen reached it.
    /// </summary>
    public string? PublicAddress { get; set; }

    public bool IsValid => PublicAddress is null || (PublicAddress.Length <= CourtMetrics.Presentation.PublicAddress.MaxLength
        && Uri.TryCreate(PublicAddress, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}

/// <summary>
/// The public dashboard's address and its QR code (QRCoder, a maintained library), drawn once here for the player
/// (SVG) and the deck (PNG): black modules on white with the standard four-module quiet zone, which phones read
/// best, on either theme; error correction M survives a projector's glare.
/// </summary>
public static class PublicAddress
{
    /// <summary>Longer than this, a QR code grows too dense to read from the back of a room.</summary>
    public const int MaxLength = 300;

    /// <summary>The configured address, else the site's own as the request reached it; null when that is too long to draw.</summary>
    public static string? Of(HttpRequest request, PresentationOptions options)
    {
        var address = options.PublicAddress ?? $"{request.Scheme}://{request.Host}{request.PathBase}/";
        return address.Length <= MaxLength ? address : null;
    }

    public static QRCodeData Code(string address)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
    }

    /// <summary>An SVG that scales to its box (a view box, no fixed size).</summary>
    public static string Svg(string address)
    {
        using var code = Code(address);
        return new SvgQRCode(code).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>A PNG of so many pixels a module, and its side in pixels.</summary>
    public static (byte[] Png, int Pixels) Png(string address, int pixelsPerModule = 16)
    {
        using var code = Code(address);
        return (new PngByteQRCode(code).GetGraphic(pixelsPerModule), code.ModuleMatrix.Count * pixelsPerModule);
    }
}
