using System.Buffers.Binary;
using System.Text;
using CourtMetrics.Release;

namespace CourtMetrics.Charts;

/// <summary>
/// Writes the product and its version into a PNG as a tEXt chunk ("Software"), which Skia's encoder cannot do: a chart
/// image found in a report says which version drew it.
/// </summary>
public static class PngText
{
    public const string Keyword = "Software";
    public static readonly string Software = $"CourtMetrics {ProductVersion.Current}";

    private const int SignatureAndHeader = 8 + 4 + 4 + 13 + 4; // the signature, then IHDR: length, type, 13 bytes, CRC
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The PNG with a tEXt chunk right after IHDR (tEXt may stand anywhere between IHDR and IEND).</summary>
    public static byte[] WithSoftware(byte[] png)
    {
        var data = Encoding.Latin1.GetBytes($"{Keyword}\0{Software}");
        var chunk = new byte[4 + 4 + data.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes("tEXt").CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        return [.. png.AsSpan(0, SignatureAndHeader), .. chunk, .. png.AsSpan(SignatureAndHeader)];
    }

    /// <summary>The text of each tEXt chunk, keyword to text (tests and tools read the images back with it).</summary>
    public static Dictionary<string, string> Read(byte[] png)
    {
        var texts = new Dictionary<string, string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "tEXt")
            {
                var text = Encoding.Latin1.GetString(png, at + 8, length).Split('\0', 2);
                texts[text[0]] = text.Length > 1 ? text[1] : "";
            }
            at += 12 + length;
        }
        return texts;
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
